package io.embargo.decisions.consequence;

import java.util.List;

/**
 * What one listing means, rendered from the list's rule (data) and the entry's own columns.
 *
 * @param regime the rule id, e.g. {@code EL}, {@code SDN}, {@code UVL}, {@code EU}
 * @param title the list or regime, e.g. "BIS Entity List"
 * @param blocking whether a confirmed match stops the transaction (licence or authorisation needed)
 * @param effects the consequences in plain words, entry data filled in (e.g. "Licence review policy:
 *     Presumption of denial.")
 * @param citation the legal basis
 * @param citationVerified false when the citation is not backed by the project's domain brief
 * @param ownershipRule the 50 percent rule an owner on this list triggers ({@code OFAC_50},
 *     {@code BIS_AFFILIATES}) or null
 */
public record Consequence(String regime, String title, boolean blocking, List<String> effects, String citation,
    boolean citationVerified, String ownershipRule) {
  public Consequence {
    effects = List.copyOf(effects);
  }
}
