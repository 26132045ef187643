package io.embargo.lists;

import io.embargo.model.Countries;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Small text helpers shared by the importers. */
final class Text {
  private static final Map<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

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
    int from = 0;
    while (from <= s.length()) {
      int at = s.indexOf(sep, from);
      int end = at < 0 ? s.length() : at;
      String t = clean(s.substring(from, end));
      if (t != null) {
        out.add(t);
      }
      from = end + sep.length();
    }
    return out;
  }

  /** Spellings the lists use that {@link Countries#fromName} does not know. */
  private static final Map<String, String> LIST_SPELLINGS = Map.of(
      "palestinian", "PS", "state of palestine", "PS", "west bank", "PS", "gaza", "PS",
      "cote d ivoire", "CI", "united republic of tanzania", "TZ");

  /**
   * ISO-2 for a country name or code, or null when unknown or blank. Beyond {@link Countries#fromName} it
   * reads the list spellings {@code Region: X}, inverted names ({@code Virgin Islands, British},
   * {@code Man, Isle of}, {@code North Macedonia, The Republic of}), {@code and} for the JDK's {@code &}
   * ({@code Trinidad and Tobago}) and a few OFAC/UN names ({@code Palestinian}, {@code Cote d Ivoire}).
   */
  static String country(String name) {
    String c = clean(name);
    if (c == null) {
      return null;
    }
    if (c.startsWith("Region: ")) {
      c = c.substring(8).strip();
    }
    String iso = Countries.fromName(c);
    if (iso != null) {
      return iso;
    }
    int comma = c.indexOf(", ");
    if (comma > 0) {
      iso = Countries.fromName(c.substring(comma + 2) + " " + c.substring(0, comma));
      if (iso == null) {
        iso = Countries.fromName(c.substring(0, comma));
      }
      if (iso != null) {
        return iso;
      }
    }
    if (c.contains(" and ")) {
      iso = Countries.fromName(c.replace(" and ", " & "));
      if (iso != null) {
        return iso;
      }
    }
    return LIST_SPELLINGS.get(c.toLowerCase(Locale.ROOT));
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
      return LocalDate.parse(c, FORMATS.computeIfAbsent(pattern,
          p -> DateTimeFormatter.ofPattern(p, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)));
    } catch (DateTimeParseException e) {
      throw new ListImportException(file, location, field, "not a date (" + pattern.replace('u', 'y') + "): '" + c + "'", e);
    }
  }

  /**
   * The date part of an ISO-8601 date or date-time ({@code 2026-02-27}, {@code 2015-04-07-04:00},
   * {@code 2026-08-05T16:47:04.449+02:00}).
   *
   * @return null for a blank value
   */
  static LocalDate isoDate(String s, java.nio.file.Path file, String location, String field)
      throws ListImportException {
    String c = clean(s);
    if (c == null) {
      return null;
    }
    try {
      return LocalDate.parse(c.length() > 10 ? c.substring(0, 10) : c, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new ListImportException(file, location, field, "not an ISO date: '" + c + "'", e);
    }
  }
}
