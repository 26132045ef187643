/**
 * From hit to decision: CLEAR / REVIEW / BLOCK with reasons, list consequences, embargoed places and the 50
 * percent ownership rules. Front door: {@link io.embargo.decisions.Decider}; thresholds:
 * {@link io.embargo.decisions.Policy}. Legal rules are data files under {@code io/embargo/decisions/}.
 */
package io.embargo.decisions;
