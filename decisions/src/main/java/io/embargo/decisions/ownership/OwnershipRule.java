package io.embargo.decisions.ownership;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One rule of {@code ownership-rules.json} with its dated periods. */
record OwnershipRule(String id, String title, Set<String> ownerRegimes, double thresholdPercent, boolean blocking,
    String citation,
    String consequence, String redFlag, List<Period> periods) {

  record Period(LocalDate from, LocalDate to, RuleStatus status, String citation) {
    boolean covers(LocalDate d) {
      return !d.isBefore(from) && (to == null || !d.isAfter(to));
    }
  }

  /** The period covering {@code date}, or null when none does (rule not in force). */
  Period periodOn(LocalDate date) {
    for (Period p : periods) {
      if (p.covers(date)) {
        return p;
      }
    }
    return null;
  }
}
