package io.embargo.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Fixed-point text for scores and weights, the same text as {@code String.format(Locale.ROOT, "%.Nf", v)}.
 *
 * <p>Why not {@code String.format}: a batch formats every hit's score and evidence, and the formatter parses
 * its pattern, builds a formatter and goes through locale data each time; that was about 2% of a batch run
 * and a large share of the code the JIT compiles while a run warms up. The common case here is a plain
 * multiply and round; values within a hair of a rounding tie take the exact path {@code Formatter} takes
 * (half-up on the shortest decimal that denotes the double), so the text never differs.
 *
 * <p>Stateless and thread-safe.
 */
public final class Decimals {
  private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private Decimals() {}

  /**
   * {@code value} with exactly {@code places} digits after the point, half-up, e.g. {@code fixed(0.5, 2)} =
   * {@code "0.50"}.
   *
   * @param places 0 to 6
   * @throws IllegalArgumentException if {@code places} is out of range
   */
  public static String fixed(double value, int places) {
    if (places < 0 || places >= POW10.length) {
      throw new IllegalArgumentException("places: " + places + " is outside 0.." + (POW10.length - 1));
    }
    if (!(Math.abs(value) < 1e3)) {
      // NaN, infinities and values of 1,000 or more: the formatter's own text. Below 1,000 the product
      // value * 10^places (< 10^9) is off by less than 2e-7 of a unit, well inside the tie window below.
      return String.format(Locale.ROOT, "%." + places + "f", value);
    }
    if (Double.doubleToRawLongBits(value) < 0) { // the formatter keeps the sign of -0.001 and -0.0: "-0.00"
      return "-" + positive(-value, places);
    }
    return positive(value, places);
  }

  private static String positive(double value, int places) {
    long pow = POW10[places];
    double scaled = value * pow;
    double frac = scaled - Math.floor(scaled);
    if (Math.abs(frac - 0.5) < 1e-6) { // near a tie: the product's rounding could fall either way
      return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
    long units = (long) Math.floor(scaled + 0.5);
    long whole = units / pow;
    if (places == 0) {
      return Long.toString(whole);
    }
    String digits = Long.toString(units % pow);
    StringBuilder sb = new StringBuilder(24).append(whole).append('.');
    for (int i = digits.length(); i < places; i++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }
}
