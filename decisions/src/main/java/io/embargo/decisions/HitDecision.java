package io.embargo.decisions;

import io.embargo.decisions.consequence.Consequence;

/**
 * How one named hit was judged.
 *
 * @param entryKey the entry's {@code list:sourceId}
 * @param listedName the entry's primary name
 * @param matchedName the listed name (primary or alias) that matched
 * @param score the hit score
 * @param weakAliasOnly whether only a weak alias matched
 * @param outcome what this hit alone calls for
 * @param reason why, in one sentence
 * @param consequence what the listing means
 */
public record HitDecision(String entryKey, String listedName, String matchedName, double score,
    boolean weakAliasOnly, Outcome outcome, String reason, Consequence consequence) {}
