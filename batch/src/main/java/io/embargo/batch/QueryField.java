package io.embargo.batch;

import java.util.Locale;

/** The query fields an input column can be mapped to. {@link #ID} is the caller's record id, kept verbatim. */
public enum QueryField {
  NAME, TYPE, COUNTRY, DOB, ID, ADDRESS;

  /** The lower-case name used in flags and mapping files, e.g. {@code country}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a field key (case-insensitive).
   *
   * @throws IllegalArgumentException naming the bad key and the accepted ones
   */
  public static QueryField parse(String key) {
    String k = key == null ? "" : key.trim().toUpperCase(Locale.ROOT);
    for (QueryField f : values()) {
      if (f.name().equals(k)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown query field '" + key
        + "' (known: name, type, country, dob, id, address)");
  }
}
