package io.embargo.model;

import java.util.Locale;

/** What kind of party a list entry or a query is. */
public enum PartyType {
  PERSON,
  ORGANIZATION,
  VESSEL,
  AIRCRAFT,
  UNKNOWN;

  /** Lower-case code used in files and the API. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses the many spellings lists use ("individual", "Entity", "company", "ship", …); null or blank is
   * {@link #UNKNOWN}.
   *
   * @throws IllegalArgumentException for a word that names no party type
   */
  public static PartyType parse(String s) {
    if (s == null || s.isBlank()) {
      return UNKNOWN;
    }
    switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "person": case "individual": case "people": case "natural person": case "p":
        return PERSON;
      case "organization": case "organisation": case "entity": case "company": case "enterprise":
      case "legalentity": case "legal entity": case "business": case "o":
        return ORGANIZATION;
      case "vessel": case "ship":
        return VESSEL;
      case "aircraft": case "airplane":
        return AIRCRAFT;
      case "unknown": case "-0-":
        return UNKNOWN;
      default:
        throw new IllegalArgumentException("unknown party type '" + s
            + "' (use person, organization, vessel, aircraft or unknown)");
    }
  }
}
