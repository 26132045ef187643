package io.embargo.decisions.ownership;

/** Whether an ownership rule applies on a date. */
public enum RuleStatus {
  IN_FORCE,
  SUSPENDED,
  NOT_IN_FORCE
}
