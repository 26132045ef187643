package io.embargo.decisions;

import io.embargo.decisions.ownership.DerivedHit;
import io.embargo.decisions.places.PlaceHit;
import io.embargo.model.Decimals;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision for one screened party: CLEAR, REVIEW or BLOCK with the reasons, the consequence of every
 * named hit, the embargoed places named, the hits derived from ownership, and the versions of the policy
 * and rule data that produced it. Immutable.
 *
 * @param outcome the most severe outcome of all parts
 * @param reasons one sentence per hit, place and derived hit (most severe first); never empty
 * @param hits named hits, in the screening result's order
 * @param placeHits embargoed places in the query's country or address
 * @param derivedHits restrictions inherited from listed owners
 * @param policyVersion {@link Policy#version()}
 * @param rulesVersion versions of the consequence, place and ownership rule data, joined by "; "
 * @param asOf the date the rules were applied for
 */
public record Decision(Outcome outcome, List<String> reasons, List<HitDecision> hits, List<PlaceHit> placeHits,
    List<DerivedHit> derivedHits, String policyVersion, String rulesVersion, LocalDate asOf) {
  public Decision {
    reasons = List.copyOf(reasons);
    hits = List.copyOf(hits);
    placeHits = List.copyOf(placeHits);
    derivedHits = List.copyOf(derivedHits);
  }

  /**
   * One line for tables and CSV, e.g. {@code BLOCK: EL Candiru 1.00; place UA-CRIMEA (Sevastopol)}.
   * Only parts that are not CLEAR are listed; {@code CLEAR} alone when there are none.
   */
  public String summary() {
    StringBuilder sb = new StringBuilder(outcome.name());
    String sep = ": ";
    for (HitDecision h : hits) {
      if (h.outcome() != Outcome.CLEAR) {
        sb.append(sep).append(h.consequence().regime()).append(' ').append(h.listedName()).append(' ')
            .append(Decimals.fixed(h.score(), 2));
        sep = "; ";
      }
    }
    for (PlaceHit p : placeHits) {
      sb.append(sep).append("place ").append(p.placeId()).append(" (").append(p.matched()).append(')');
      sep = "; ";
    }
    for (DerivedHit d : derivedHits) {
      sb.append(sep).append(d.rule()).append(' ').append(d.outcome().name()).append(" owned by ")
          .append(d.chains().isEmpty() ? "?" : d.chains().get(0).owner())
          .append(d.chains().size() > 1 ? " +" + (d.chains().size() - 1) : "");
      sep = "; ";
    }
    return sb.toString();
  }
}
