package io.embargo.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Turns eval outcomes into the per-kind table of {@code embargo eval}. Stateless. */
final class EvalReport {
  private EvalReport() {}

  static void print(List<EvalCases.Outcome> outcomes, double threshold, PrintStream out) {
    double tRandom = thresholdAt(outcomes, "negative_random", 0.01);
    double tHard = thresholdAt(outcomes, "negative_hard", 0.01);
    Map<String, List<EvalCases.Outcome>> byKind = new TreeMap<>();
    for (EvalCases.Outcome o : outcomes) {
      byKind.computeIfAbsent(o.c().kind(), k -> new ArrayList<>()).add(o);
    }
    out.printf(Locale.ROOT, "%-16s %6s  %-14s %-14s %-14s%n", "kind", "n", "@" + fmt(threshold) + " (default)",
        "@" + fmt(tRandom) + " (1% rnd)", "@" + fmt(tHard) + " (1% hard)");
    List<EvalCases.Outcome> positives = new ArrayList<>();
    for (Map.Entry<String, List<EvalCases.Outcome>> e : byKind.entrySet()) {
      List<EvalCases.Outcome> os = e.getValue();
      boolean neg = os.get(0).c().negative();
      if (!neg) {
        positives.addAll(os);
      }
      out.printf(Locale.ROOT, "%-16s %6d  %-14s %-14s %-14s%n", e.getKey(), os.size(), rate(os, threshold, neg),
          rate(os, tRandom, neg), rate(os, tHard, neg));
    }
    out.printf(Locale.ROOT, "%-16s %6d  %-14s %-14s %-14s%n", "ALL POSITIVES", positives.size(),
        rate(positives, threshold, false), rate(positives, tRandom, false), rate(positives, tHard, false));
    out.println();
    out.println("positive kinds: recall (share of cases whose expected entry scores >= t);"
        + " negative kinds: false-positive rate (share of queries with any hit >= t).");
    out.printf(Locale.ROOT, "precision at the default threshold %.2f: %s (positives found / (found + negative"
        + " queries with a hit))%n", threshold, precision(outcomes, threshold));
  }

  /** The lowest threshold at which at most {@code share} of the kind's queries produce a hit. */
  static double thresholdAt(List<EvalCases.Outcome> outcomes, String kind, double share) {
    List<Double> scores = new ArrayList<>();
    for (EvalCases.Outcome o : outcomes) {
      if (o.c().kind().equals(kind)) {
        scores.add(o.other());
      }
    }
    if (scores.isEmpty()) {
      return Double.NaN;
    }
    scores.sort((a, b) -> Double.compare(b, a));
    int allowed = (int) Math.floor(scores.size() * share);
    return allowed < scores.size() ? Math.nextUp(scores.get(allowed)) : 0;
  }

  private static String rate(List<EvalCases.Outcome> os, double t, boolean negative) {
    if (Double.isNaN(t)) {
      return "-";
    }
    int hit = 0;
    for (EvalCases.Outcome o : os) {
      if (negative ? o.other() >= t : o.expected() != null && o.expected() >= t) {
        hit++;
      }
    }
    return String.format(Locale.ROOT, "%.4f", (double) hit / os.size());
  }

  private static String precision(List<EvalCases.Outcome> outcomes, double t) {
    int tp = 0;
    int fp = 0;
    for (EvalCases.Outcome o : outcomes) {
      if (o.c().negative()) {
        fp += o.other() >= t ? 1 : 0;
      } else {
        tp += o.expected() != null && o.expected() >= t ? 1 : 0;
      }
    }
    return tp + fp == 0 ? "-" : String.format(Locale.ROOT, "%.4f", (double) tp / (tp + fp));
  }

  private static String fmt(double t) {
    return Double.isNaN(t) ? "-" : String.format(Locale.ROOT, "%.3f", t);
  }
}
