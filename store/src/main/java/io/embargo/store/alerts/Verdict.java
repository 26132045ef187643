package io.embargo.store.alerts;

/** An analyst's decision on an alert. */
public enum Verdict {
  /** The party is the listed entry: stop the transaction, report as required. */
  TRUE_MATCH,
  /** The party is not the listed entry; once approved the pair is suppressed until the entry changes. */
  FALSE_POSITIVE,
  /** Needs a more senior decision. */
  ESCALATED;

  AlertState state() {
    return AlertState.valueOf(name());
  }

  /** @throws IllegalArgumentException naming the value and the accepted ones */
  public static Verdict parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("verdict: unknown verdict '" + s
          + "' (true_match, false_positive, escalated)", e);
    }
  }
}
