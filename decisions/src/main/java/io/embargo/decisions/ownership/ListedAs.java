package io.embargo.decisions.ownership;

import java.util.List;

/**
 * An owner's screening hit that makes it a listed owner.
 *
 * @param regime the consequence rule id of the entry's list, e.g. {@code SDN}, {@code EL}
 * @param entryKey the entry's {@code list:sourceId}
 * @param listedName the entry's primary name
 * @param score the hit score
 * @param effects what the listing means (the entry's consequences), inherited by owned parties
 */
public record ListedAs(String regime, String entryKey, String listedName, double score, List<String> effects) {
  public ListedAs {
    effects = List.copyOf(effects);
  }
}
