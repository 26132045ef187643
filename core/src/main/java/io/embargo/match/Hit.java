package io.embargo.match;

import io.embargo.model.AliasQuality;
import io.embargo.model.ListEntry;

/**
 * One list entry a query may be.
 *
 * @param entry the listed entry
 * @param score calibrated score in [0,1]; at or above the screener's threshold it is a hit
 * @param matchedQuality quality of the matched name: {@link AliasQuality#STRONG} for a primary name
 * @param primaryName whether the best-matching name is the entry's primary name
 * @param explanation why
 */
public record Hit(ListEntry entry, double score, AliasQuality matchedQuality, boolean primaryName,
    Explanation explanation) {

  /** True when the only name that matched is a weak alias: such a hit corroborates, it does not alert alone. */
  public boolean weakAliasOnly() {
    return matchedQuality == AliasQuality.WEAK;
  }
}
