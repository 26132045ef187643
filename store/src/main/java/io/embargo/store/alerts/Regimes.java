package io.embargo.store.alerts;

import io.embargo.match.Hit;
import io.embargo.model.ListEntry;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which record-keeping regime an alert falls under, from the lists its hits are on: OFAC lists → {@code OFAC}
 * (31 CFR 501.601), BIS lists → {@code EAR} (15 CFR 762). Other lists → none (the default retention).
 */
final class Regimes {
  private static final Set<String> EAR_PROGRAMS = Set.of("EL", "DPL", "UVL", "MEU");
  private static final Set<String> OFAC_PROGRAMS = Set.of("SDN", "FSE", "SSI", "PLC", "CAP", "CMIC", "MBS", "NS-MBS");

  private Regimes() {}

  static Set<String> of(Collection<Hit> hits) {
    Set<String> s = new TreeSet<>();
    for (Hit h : hits) {
      String r = of(h.entry());
      if (r != null) {
        s.add(r);
      }
    }
    return s;
  }

  static String of(ListEntry e) {
    switch (e.list()) {
      case OFAC_SDN:
      case OFAC_CONS:
        return "OFAC";
      case BIS_EL:
      case BIS_DPL:
      case BIS_UVL:
      case BIS_MEU:
        return "EAR";
      case CSL:
        String p = e.sourceProgram() == null ? "" : e.sourceProgram().trim().toUpperCase(java.util.Locale.ROOT);
        return EAR_PROGRAMS.contains(p) ? "EAR" : OFAC_PROGRAMS.contains(p) ? "OFAC" : null;
      default:
        return null;
    }
  }
}
