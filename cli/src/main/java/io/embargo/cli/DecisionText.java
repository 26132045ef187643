package io.embargo.cli;

import io.embargo.decisions.Decision;
import io.embargo.decisions.HitDecision;
import io.embargo.decisions.ownership.DerivedHit;
import io.embargo.decisions.ownership.OwnerChain;
import io.embargo.decisions.places.PlaceHit;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a {@link Decision} for people: outcome, reasons, then the consequences of each part. Stateless. */
final class DecisionText {
  private DecisionText() {}

  static void print(PrintWriter out, String party, Decision d) {
    out.printf(Locale.ROOT, "%s  %s  (policy %s, as of %s)%n", d.outcome(), party, d.policyVersion(), d.asOf());
    out.println("Reasons:");
    for (String r : d.reasons()) {
      out.println("  " + r);
    }
    for (HitDecision h : d.hits()) {
      out.printf(Locale.ROOT, "Hit %s %s (matched '%s', score %.2f): %s%n", h.entryKey(), h.listedName(),
          h.matchedName(), h.score(), h.outcome());
      out.printf(Locale.ROOT, "  %s [%s]%n", h.consequence().title(), h.consequence().regime());
      for (String e : h.consequence().effects()) {
        out.println("  - " + e);
      }
      out.println("  Legal basis: " + h.consequence().citation()
          + (h.consequence().citationVerified() ? "" : " (unverified)"));
    }
    for (PlaceHit p : d.placeHits()) {
      out.printf(Locale.ROOT, "Place %s: %s ('%s' in %s)%n  Legal basis: %s%s%n", p.placeId(), p.place(),
          p.matched(), p.field(), p.source(), p.sourceVerified() ? "" : " (unverified)");
    }
    for (DerivedHit h : d.derivedHits()) {
      out.printf(Locale.ROOT, "Ownership %s (%s, %s): %s%n", h.rule(), h.ruleTitle(),
          h.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), h.outcome());
      for (OwnerChain c : h.chains()) {
        out.println("  - " + c.describe());
      }
      for (String e : h.inherited()) {
        out.println("  inherited: " + e);
      }
      out.println("  Legal basis: " + h.citation() + (h.statusNote() == null ? "" : "; " + h.statusNote()));
    }
    out.println("Rules: " + d.rulesVersion());
    out.flush();
  }
}
