package io.embargo.match;

import io.embargo.model.AliasQuality;
import io.embargo.model.ListEntry;
import io.embargo.model.ListVersionRef;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * TEMPORARY brute-force screener (token Jaccard) so that modules can be built against the API while the real
 * index and scorer are written. To be replaced by the matcher.
 */
final class NaiveScreener implements Screener {
  private final List<ListEntry> entries;
  private final List<ListVersionRef> versions;
  private final double threshold;
  private final Map<String, ListEntry> byKey = new HashMap<>();

  NaiveScreener(List<ListEntry> entries, List<ListVersionRef> versions, double threshold) {
    this.entries = List.copyOf(entries);
    this.versions = List.copyOf(versions);
    this.threshold = threshold;
    for (ListEntry e : entries) {
      byKey.put(e.key(), e);
    }
  }

  private static Set<String> tokens(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return new HashSet<>(Arrays.asList(n.split(" ")));
  }

  @Override
  public double nameScore(String a, String b) {
    Set<String> ta = tokens(a);
    Set<String> tb = tokens(b);
    Set<String> inter = new HashSet<>(ta);
    inter.retainAll(tb);
    Set<String> union = new HashSet<>(ta);
    union.addAll(tb);
    return union.isEmpty() ? 0 : (double) inter.size() / union.size();
  }

  @Override
  public ScreeningResult screen(Query q, ScreeningOptions o) {
    double min = Double.isNaN(o.minScore()) ? threshold : o.minScore();
    List<Hit> hits = new ArrayList<>();
    for (ListEntry e : entries) {
      if (!o.lists().isEmpty() && !o.lists().contains(e.list())) {
        continue;
      }
      double best = 0;
      String bestName = e.name();
      for (String n : e.allNames()) {
        double s = nameScore(q.name(), n);
        if (s > best) {
          best = s;
          bestName = n;
        }
      }
      if (best >= min) {
        hits.add(new Hit(e, best, AliasQuality.STRONG, bestName.equals(e.name()),
            new Explanation(bestName, best, List.of(), List.of(), List.of("naive"))));
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed());
    return new ScreeningResult(q, hits.subList(0, Math.min(o.limit(), hits.size())), versions, "naive-0", min);
  }

  @Override public double defaultThreshold() { return threshold; }
  @Override public String matcherVersion() { return "naive-0"; }
  @Override public List<ListVersionRef> listVersions() { return versions; }
  @Override public int size() { return entries.size(); }
  @Override public Optional<ListEntry> entry(String key) { return Optional.ofNullable(byKey.get(key)); }
}
