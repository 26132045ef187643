package io.embargo.decisions.ownership;

import java.math.BigDecimal;
import java.util.Locale;

/** Parses and prints ownership percentages. Stateless. */
final class Percentages {
  private Percentages() {}

  /**
   * "30", "30%", "30.5 %", "0,5" → the number; blank, "unknown", "?" → null.
   *
   * @throws IllegalArgumentException for any other text or a value outside (0, 100]
   */
  static Double parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim().toLowerCase(Locale.ROOT);
    if (s.isEmpty() || s.equals("unknown") || s.equals("?") || s.equals("n/a")) {
      return null;
    }
    s = s.replace("%", "").replace(',', '.').trim();
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("percent: not a number or 'unknown': '" + raw + "'", e);
    }
    if (!(v > 0 && v <= 100)) {
      throw new IllegalArgumentException("percent: must be above 0 and at most 100, was '" + raw + "'");
    }
    return v;
  }

  static String format(double v) {
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }
}
