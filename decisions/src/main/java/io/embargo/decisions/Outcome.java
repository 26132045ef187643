package io.embargo.decisions;

/**
 * What to do with a screened party, in increasing severity: proceed, hold for a human, stop.
 * BLOCK means "do not proceed without a licence or authorisation".
 */
public enum Outcome {
  CLEAR,
  REVIEW,
  BLOCK;

  /** The more severe of the two. */
  public Outcome max(Outcome other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
