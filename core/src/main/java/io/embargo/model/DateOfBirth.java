package io.embargo.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as lists give it: an exact day, a month, a year, or a range of years ("circa 1960",
 * "1960 to 1962"). Stored as an inclusive interval [{@code from}, {@code to}] plus the precision, so two
 * dates of birth can be compared whatever their precision.
 *
 * @param from first possible day
 * @param to last possible day, not before {@code from}
 * @param precision how the list gave it
 */
public record DateOfBirth(LocalDate from, LocalDate to, Precision precision) implements java.io.Serializable {

  /** How precise a date of birth is. */
  public enum Precision { DAY, MONTH, YEAR, RANGE }

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  public DateOfBirth {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(precision, "precision");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("date of birth range ends before it starts: " + from + " > " + to);
    }
  }

  public static DateOfBirth exact(LocalDate day) {
    return new DateOfBirth(day, day, Precision.DAY);
  }

  public static DateOfBirth month(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new DateOfBirth(first, first.withDayOfMonth(first.lengthOfMonth()), Precision.MONTH);
  }

  public static DateOfBirth year(int year) {
    return new DateOfBirth(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
  }

  public static DateOfBirth years(int fromYear, int toYear) {
    return new DateOfBirth(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31), Precision.RANGE);
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException naming the value when it is not one of those forms or not a real date
   */
  public static DateOfBirth parse(String s) {
    Matcher m = ISO.matcher(s == null ? "" : s.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("malformed date '" + s + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    try {
      int y = Integer.parseInt(m.group(1));
      if (y < 1000 || y > Year.now().getValue() + 1) {
        throw new IllegalArgumentException("implausible year in date '" + s + "'");
      }
      if (m.group(2) == null) {
        return year(y);
      }
      int mo = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return month(y, mo);
      }
      return exact(LocalDate.of(y, mo, Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("invalid date '" + s + "': " + e.getMessage(), e);
    }
  }

  /** True when some day could be in both. */
  public boolean overlaps(DateOfBirth other) {
    return !from.isAfter(other.to) && !other.from.isAfter(to);
  }

  /** Shortest distance in years between the two intervals (0 when they overlap). */
  public int yearsApart(DateOfBirth other) {
    if (overlaps(other)) {
      return 0;
    }
    return to.isBefore(other.from)
        ? other.from.getYear() - to.getYear()
        : from.getYear() - other.to.getYear();
  }

  /** The date as text at its own precision: {@code 1962-03-04}, {@code 1962-03}, {@code 1962}, {@code 1960..1962}. */
  @Override
  public String toString() {
    switch (precision) {
      case DAY: return from.toString();
      case MONTH: return from.toString().substring(0, 7);
      case YEAR: return Integer.toString(from.getYear());
      default: return from.getYear() + ".." + to.getYear();
    }
  }
}
