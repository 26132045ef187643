package io.embargo.cli;

import io.embargo.lists.ImportedList;
import io.embargo.lists.SharedLists;
import io.embargo.match.Screener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code embargo eval-pairs PAIRS.csv}: scores labelled name pairs ({@code name_a,name_b,label} with a header)
 * with the name scorer alone and prints precision, recall and F1 at the default threshold and the best F1
 * over all thresholds. The scorer's word rarities come from the shared evaluation lists.
 */
@Command(name = "eval-pairs", mixinStandardHelpOptions = true,
    description = {"Evaluate the name scorer on labelled pairs: name_a,name_b,label (true/false).",
        "Example: embargo eval-pairs pairs.csv"})
final class EvalPairsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PAIRS", description = "CSV file with header name_a,name_b,label.")
  Path pairs;

  record Pair(String a, String b, boolean label) {}

  @Override
  public Integer call() throws Exception {
    List<Pair> ps = read(pairs);
    Screener.Builder b = Screener.builder();
    for (ImportedList l : SharedLists.evalSet()) {
      b.add(l.entries());
    }
    Screener s = b.build();
    double[] scores = new double[ps.size()];
    for (int i = 0; i < ps.size(); i++) {
      scores[i] = s.nameScore(ps.get(i).a(), ps.get(i).b());
    }
    double t = s.defaultThreshold();
    System.out.printf(Locale.ROOT, "%d pairs (%d true)%n", ps.size(), ps.stream().filter(Pair::label).count());
    System.out.println("at the default threshold: " + prf(ps, scores, t));
    double bestF1 = -1;
    double bestT = t;
    for (double c : scores) {
      double f1 = f1(ps, scores, c);
      if (f1 > bestF1) {
        bestF1 = f1;
        bestT = c;
      }
    }
    System.out.println("best F1 over thresholds:  " + prf(ps, scores, bestT));
    return 0;
  }

  static List<Pair> read(Path file) throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("PAIRS: no such file " + file);
    }
    List<String> lines = Files.readAllLines(file);
    if (lines.isEmpty() || !lines.get(0).replace("\"", "").trim().equalsIgnoreCase("name_a,name_b,label")) {
      throw new IllegalArgumentException(file + " line 1: header must be name_a,name_b,label");
    }
    List<Pair> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> f = csv(lines.get(i));
      if (f.size() != 3) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 3 fields, found " + f.size());
      }
      String label = f.get(2).trim().toLowerCase(Locale.ROOT);
      if (!label.equals("true") && !label.equals("false") && !label.equals("1") && !label.equals("0")) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": label must be true or false, was '"
            + f.get(2) + "'");
      }
      out.add(new Pair(f.get(0), f.get(1), label.equals("true") || label.equals("1")));
    }
    return out;
  }

  /** Splits one CSV line (RFC 4180 quotes, no embedded newlines). */
  static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  private static double f1(List<Pair> ps, double[] scores, double t) {
    int[] c = counts(ps, scores, t);
    return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
  }

  /** {tp, fp, fn}. */
  private static int[] counts(List<Pair> ps, double[] scores, double t) {
    int[] c = new int[3];
    for (int i = 0; i < ps.size(); i++) {
      boolean hit = scores[i] >= t;
      if (hit && ps.get(i).label()) {
        c[0]++;
      } else if (hit) {
        c[1]++;
      } else if (ps.get(i).label()) {
        c[2]++;
      }
    }
    return c;
  }

  private static String prf(List<Pair> ps, double[] scores, double t) {
    int[] c = counts(ps, scores, t);
    double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    return String.format(Locale.ROOT, "threshold %.3f  precision %.4f  recall %.4f  F1 %.4f", t, p, r,
        f1(ps, scores, t));
  }
}
