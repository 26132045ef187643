package io.embargo.store.alerts;

/**
 * Where an alert is in review. {@code OPEN} → an analyst decides ({@link #TRUE_MATCH}, {@link #FALSE_POSITIVE}
 * or {@link #ESCALATED}) → a different user with the reviewer role approves ({@link #APPROVED}) or returns it
 * (back to {@code OPEN}).
 */
public enum AlertState {
  OPEN, TRUE_MATCH, FALSE_POSITIVE, ESCALATED, APPROVED;

  /** True for the three states awaiting a reviewer. */
  public boolean awaitingReview() {
    return this == TRUE_MATCH || this == FALSE_POSITIVE || this == ESCALATED;
  }

  /** @throws IllegalArgumentException naming the value and the accepted ones */
  public static AlertState parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("state: unknown state '" + s
          + "' (open, true_match, false_positive, escalated, approved)", e);
    }
  }
}
