package io.embargo.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses {@code --from/--to} style options: a date ({@code 2026-11-28}, start of day UTC) or an instant. */
final class CliTimes {
  private CliTimes() {}

  /** @return the instant, or {@code fallback} when {@code s} is null */
  static Instant parse(String s, String option, Instant fallback) {
    if (s == null) {
      return fallback;
    }
    try {
      return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + ": '" + s + "' is not a date (2026-11-28) or an instant"
          + " (2026-11-28T10:00:00Z)", e);
    }
  }
}
