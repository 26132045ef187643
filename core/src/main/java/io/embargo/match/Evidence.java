package io.embargo.match;

/**
 * The contribution of one secondary field (country, date of birth, identifier, party type, address, alias
 * quality) to a hit's score.
 *
 * @param field {@code country}, {@code dob}, {@code identifier}, {@code type}, {@code address} or
 *     {@code alias}
 * @param queryValue what the query said
 * @param listValue what the entry says (the closest value), or null when it says nothing
 * @param effect the change to the score, signed (0 when neutral)
 * @param note a short human explanation, e.g. "date of birth 1962 conflicts with 1975"
 */
public record Evidence(String field, String queryValue, String listValue, double effect, String note) {}
