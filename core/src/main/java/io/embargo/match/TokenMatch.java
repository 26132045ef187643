package io.embargo.match;

/**
 * One step of the alignment between the query's name and a listed name.
 *
 * @param queryToken the query's token (normalised), or null when a listed token had no counterpart
 * @param listToken the listed token (normalised), or null when the query token had no counterpart
 * @param rule why they were aligned
 * @param similarity similarity of the two tokens in [0,1]; 0 for unmatched
 * @param weight the token's share of the name score, in [0,1]
 */
public record TokenMatch(String queryToken, String listToken, MatchRule rule, double similarity, double weight) {}
