package io.embargo.lists;

import io.embargo.model.Countries;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the importers. */
final class Text {
  private Text() {}

  /** Trimmed value, or null for null, blank and OFAC's {@code -0-}. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() || t.equals("-0-") ? null : t;
  }

  /** Splits on {@code sep}, trimming parts and dropping blank ones. */
  static List<String> split(String s, String sep) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (String p : s.split(java.util.regex.Pattern.quote(sep), -1)) {
      String t = clean(p);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** ISO-2 for a country name or code, or null when unknown or blank. */
  static String country(String name) {
    String c = clean(name);
    return c == null ? null : Countries.fromName(c);
  }

  /** ISO-2 when the name is known, else the name verbatim (for nationalities), null for blank. */
  static String countryOrVerbatim(String name) {
    String c = clean(name);
    if (c == null) {
      return null;
    }
    String iso = Countries.fromName(c);
    return iso != null ? iso : c;
  }

  /**
   * Parses a date with the pattern, or throws naming the field.
   *
   * @return null for a blank value
   */
  static LocalDate date(String s, String pattern, java.nio.file.Path file, String location, String field)
      throws ListImportException {
    String c = clean(s);
    if (c == null) {
      return null;
    }
    try {
      return LocalDate.parse(c, DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new ListImportException(file, location, field, "not a date (" + pattern + "): '" + c + "'", e);
    }
  }
}
