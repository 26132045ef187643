package io.embargo.match;

/** Why a query token was aligned with a listed token (or not). */
public enum MatchRule {
  /** Same token after normalisation (case, punctuation, diacritics, NFKC). */
  EXACT,
  /** Same token once both are transliterated to Latin. */
  TRANSLITERATED,
  /** A known variant of the same name (Mohammed / Muhammad, Yusuf / Yousef, …) or romanisation rule (kh/h…). */
  NAME_VARIANT,
  /** Same phonetic key. */
  PHONETIC,
  /** Within a small edit distance (typo, transposition, doubled letter). */
  EDIT_DISTANCE,
  /** Two tokens on one side are one token on the other ("Q Cyber" / "QCyber"). */
  JOINED,
  /** An initial ("V.") standing for a given name ("Vladimir"). */
  INITIAL,
  /** The query is the acronym of the listed name, or the reverse ("COSEINC"). */
  ACRONYM,
  /** A legal-form token (Ltd, LLC, OOO, AO…) present on one side only and ignored. */
  LEGAL_FORM_DROPPED,
  /** A token with no counterpart. */
  UNMATCHED;

  private final String code = name().toLowerCase(java.util.Locale.ROOT);
  private final String label = code.replace('_', ' ');

  /**
   * The rule in lower case ("edit_distance"), the same in every default locale: {@code name().toLowerCase()} turns
   * "INITIAL" into "ınıtıal" under a Turkish locale, and explanations must not depend on where they are written.
   */
  public String code() {
    return code;
  }

  /** {@link #code()} with spaces for underscores ("edit distance"), for one-line summaries. */
  public String label() {
    return label;
  }
}
