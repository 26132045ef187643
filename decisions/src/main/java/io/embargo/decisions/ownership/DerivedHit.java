package io.embargo.decisions.ownership;

import io.embargo.decisions.Outcome;
import java.util.List;

/**
 * A restriction the screened party inherits from listed owners, separate from named hits.
 *
 * @param rule the ownership rule id ({@code OFAC_50}, {@code BIS_AFFILIATES})
 * @param ruleTitle e.g. "OFAC 50 Percent Rule"
 * @param status whether the rule applies on the decision's date
 * @param statusNote the period's source, e.g. the suspension rule
 * @param aggregatePercent sum of the known shares held (directly, or through restricted intermediaries) by
 *     restricted owners
 * @param unknownShare whether a restricted owner holds a share of unknown size
 * @param outcome {@link Outcome#BLOCK} when the rule blocks, is in force and the aggregate reaches its
 *     threshold, otherwise {@link Outcome#REVIEW}
 * @param reason one sentence naming the owners and why
 * @param citation the rule's legal source
 * @param chains ownership paths from each listed owner to the party
 * @param inherited the listed owners' consequences (licence requirement, review policy, …), each prefixed with
 *     the owner, so the most restrictive one can be applied
 */
public record DerivedHit(String rule, String ruleTitle, RuleStatus status, String statusNote, double aggregatePercent,
    boolean unknownShare, Outcome outcome, String reason, String citation, List<OwnerChain> chains,
    List<String> inherited) {
  public DerivedHit {
    chains = List.copyOf(chains);
    inherited = List.copyOf(inherited);
  }
}
