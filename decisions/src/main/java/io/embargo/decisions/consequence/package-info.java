/** What a listing means per list, from {@code consequences.json}: {@link io.embargo.decisions.consequence.ConsequenceRules}. */
package io.embargo.decisions.consequence;
