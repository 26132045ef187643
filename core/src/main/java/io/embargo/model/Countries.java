package io.embargo.model;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them, plus the codes lists use that the JDK lacks. */
public final class Countries {
  private static final Set<String> CODES;

  static {
    java.util.HashSet<String> s = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
    s.add("XK"); // Kosovo: used by OFAC, UN and EU, user-assigned in ISO 3166
    CODES = Set.copyOf(s);
  }

  private Countries() {}

  /** True when {@code code} is a known ISO-2 code (upper case). */
  public static boolean isKnown(String code) {
    return code != null && CODES.contains(code);
  }

  /**
   * Returns the upper-case ISO-2 code.
   *
   * @throws IllegalArgumentException naming {@code field} when the code is unknown
   */
  public static String require(String code, String field) {
    String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    if (!CODES.contains(c)) {
      throw new IllegalArgumentException(field + ": unknown country code '" + code + "' (use ISO 3166-1 alpha-2, e.g. RU)");
    }
    return c;
  }

  /**
   * Best-effort mapping of an English country name or ISO-2/ISO-3 code to ISO-2, for importers.
   *
   * @return the ISO-2 code or null when the name is not recognised
   */
  public static String fromName(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.trim();
    if (n.length() == 2 && CODES.contains(n.toUpperCase(Locale.ROOT))) {
      return n.toUpperCase(Locale.ROOT);
    }
    return CountryNames.lookup(n);
  }
}
