package io.embargo.store.audit;

import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How long audit records must be kept, per regime. A record tied to several regimes is kept for the longest
 * of their periods; a record tied to none for the default. Immutable.
 *
 * @param byRegime period per regime code (upper case, e.g. {@code EAR}, {@code OFAC})
 * @param defaultPeriod period for records tied to no configured regime
 */
public record RetentionPolicy(Map<String, Period> byRegime, Period defaultPeriod) {
  /** EAR (15 CFR 762.6): 5 years; OFAC (31 CFR 501.601): 10 years; anything else: 10 years. */
  public static final RetentionPolicy DEFAULT =
      new RetentionPolicy(Map.of("EAR", Period.ofYears(5), "OFAC", Period.ofYears(10)), Period.ofYears(10));

  /** The setting name used in messages. */
  public static final String SETTING = "retention";

  public RetentionPolicy {
    Objects.requireNonNull(defaultPeriod, SETTING + ": default period");
    byRegime = Map.copyOf(new TreeMap<>(byRegime));
  }

  /**
   * Parses {@code EAR=5y,OFAC=10y,default=10y} (units {@code y}, {@code m} months, {@code d} days). Regimes
   * not named keep their {@link #DEFAULT} period.
   *
   * @throws IllegalArgumentException naming the setting and the bad item
   */
  public static RetentionPolicy parse(String spec) {
    Map<String, Period> m = new TreeMap<>(DEFAULT.byRegime);
    Period def = DEFAULT.defaultPeriod;
    for (String item : spec.split(",")) {
      String it = item.trim();
      if (it.isEmpty()) {
        continue;
      }
      int eq = it.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(SETTING + ": '" + it + "' is not REGIME=PERIOD (e.g. EAR=5y)");
      }
      String regime = it.substring(0, eq).trim().toUpperCase(Locale.ROOT);
      Period p = period(it.substring(eq + 1).trim(), it);
      if (regime.equals("DEFAULT")) {
        def = p;
      } else {
        m.put(regime, p);
      }
    }
    return new RetentionPolicy(m, def);
  }

  private static Period period(String s, String item) {
    if (s.length() >= 2) {
      try {
        int n = Integer.parseInt(s.substring(0, s.length() - 1));
        if (n >= 0) {
          switch (Character.toLowerCase(s.charAt(s.length() - 1))) {
            case 'y': return Period.ofYears(n);
            case 'm': return Period.ofMonths(n);
            case 'd': return Period.ofDays(n);
            default: break;
          }
        }
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
    }
    throw new IllegalArgumentException(SETTING + ": bad period in '" + item + "' (use e.g. 5y, 18m, 30d)");
  }

  /** The period for a record tied to the given comma-separated regimes (longest wins). */
  public Period periodFor(String regimes) {
    Period best = null;
    for (String r : regimes.split(",")) {
      Period p = byRegime.get(r.trim().toUpperCase(Locale.ROOT));
      if (p != null && (best == null || longer(p, best))) {
        best = p;
      }
    }
    return best == null ? defaultPeriod : best;
  }

  private static boolean longer(Period a, Period b) {
    return a.toTotalMonths() * 31 + a.getDays() > b.toTotalMonths() * 31 + b.getDays();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    byRegime.forEach((k, v) -> sb.append(k).append('=').append(v).append(", "));
    return sb.append("default=").append(defaultPeriod).toString();
  }
}
