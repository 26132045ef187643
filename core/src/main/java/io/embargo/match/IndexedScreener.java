package io.embargo.match;

import io.embargo.model.ListEntry;
import io.embargo.model.ListVersionRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real {@link Screener}: normalises the query ({@link NameAnalyzer}), draws candidates from the
 * {@link NameIndex} ({@link CandidateFinder}), aligns and scores each candidate name ({@link NameScorer}),
 * keeps the best name per entry, applies alias quality and secondary evidence ({@link EvidenceScorer}) and
 * explains every hit. Immutable and thread-safe.
 */
final class IndexedScreener implements Screener {
  static final String VERSION = "embargo-match-1";

  private final NameIndex index;
  private final CandidateFinder finder;
  private final NameScorer scorer;
  private final List<ListVersionRef> versions;
  private final double threshold;
  private final Map<String, ListEntry> byKey = new HashMap<>();

  /** The index, for {@link Screener.Builder#statisticsFrom}. */
  NameIndex index() {
    return index;
  }

  IndexedScreener(List<ListEntry> entries, List<ListVersionRef> versions, double threshold, NameIndex corpus) {
    this.index = new NameIndex(entries, corpus);
    this.finder = new CandidateFinder(index);
    this.scorer = new NameScorer(index.unknownIdf, index.vocabSignatures, index.formTable, index.forms);
    this.versions = List.copyOf(versions);
    this.threshold = threshold;
    for (ListEntry e : index.entries) {
      byKey.putIfAbsent(e.key(), e);
    }
    int entryCount = index.entries.size();
    this.bests = ThreadLocal.withInitial(() -> new Bests(entryCount));
  }

  /** Per-thread map from entry id to its best name so far, without boxing: a stamped slot per entry. */
  private static final class Bests {
    final int[] mark;
    final int[] slot;
    final List<Best> list = new ArrayList<>();
    int stamp;

    Bests(int entries) {
      mark = new int[entries];
      slot = new int[entries];
    }

    /** Best objects of earlier queries, reused: a query touches dozens of entries. */
    final List<Best> pool = new ArrayList<>();
    int used;

    void reset() {
      stamp++;
      list.clear();
      used = 0;
    }

    Best get(int e) {
      if (mark[e] != stamp) {
        mark[e] = stamp;
        slot[e] = list.size();
        if (used == pool.size()) {
          pool.add(new Best());
        }
        Best b = pool.get(used++);
        b.entry = e;
        b.adjusted = -1;
        b.nameScore = 0;
        b.name = 0;
        b.query = null;
        list.add(b);
        return b;
      }
      return list.get(slot[e]);
    }
  }

  private final ThreadLocal<Bests> bests;
  /** Query words prepared recently; 65,536 slots (a few MB), as {@link CandidateFinder}'s reaches. */
  private final WordCache words = new WordCache(1 << 16, this::lookup);

  private static final class Best {
    int entry;
    double nameScore;
    double adjusted;
    int name;
    PreparedName query;
  }

  @Override
  public ScreeningResult screen(Query q, ScreeningOptions o) {
    java.util.Objects.requireNonNull(q, "query");
    java.util.Objects.requireNonNull(o, "options");
    double min = Double.isNaN(o.minScore()) ? threshold : o.minScore();
    Bests best = bests.get();
    best.reset();
    PairMemo memo = scorer.memo();
    for (List<NameToken> variant : NameAnalyzer.analyze(q.name())) {
      PreparedName pq = prepare(variant);
      int[] cands = finder.find(pq);
      FormTable table = index.formTable;
      for (int f : cands) {
        double s = scorer.score(pq, f, memo);
        for (int k = table.ownerStart[f]; k < table.ownerStart[f + 1]; k++) {
          consider(best, pq, table.owners[k], s, o);
        }
      }
      for (var id : q.identifiers()) {
        for (int e : index.byIdentifier.getOrDefault(EvidenceScorer.bareNumber(id), IntListMap.empty())) {
          int n = index.entryPrimaryName[e];
          if (n < 0) {
            continue;
          }
          consider(best, pq, n, scorer.score(pq, index.nameForm[n], memo), o);
        }
      }
    }
    List<Hit> hits = new ArrayList<>();
    double raise = EvidenceScorer.maxRaise(q);
    for (Best b : best.list) {
      if (b.adjusted + raise < min && q.identifiers().isEmpty()) {
        continue;
      }
      ListEntry e = index.entries.get(b.entry);
      List<Evidence> ev = EvidenceScorer.evaluate(q, e);
      double score = EvidenceScorer.decisive(ev) ? 1.0 : clamp(b.adjusted + EvidenceScorer.total(ev));
      if (score >= min) {
        hits.add(hit(e, b, ev, score));
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.entry().key()));
    return new ScreeningResult(q, hits.subList(0, Math.min(o.limit(), hits.size())), versions, VERSION, min);
  }

  private void consider(Bests best, PreparedName pq, int n, double nameScore, ScreeningOptions o) {
    int e = index.nameEntry[n];
    if (!o.lists().isEmpty() && !o.lists().contains(index.entries.get(e).list())) {
      return;
    }
    double adjusted = index.nameQuality[n].apply(nameScore);
    Best b = best.get(e);
    if (adjusted > b.adjusted) {
      b.adjusted = adjusted;
      b.nameScore = nameScore;
      b.name = n;
      b.query = pq;
    }
  }

  private Hit hit(ListEntry e, Best b, List<Evidence> ev, double score) {
    PreparedName c = index.forms[index.nameForm[b.name]];
    NameScorer.Alignment a = scorer.align(b.query, index.nameForm[b.name]);
    NameQuality quality = index.nameQuality[b.name];
    List<String> notes = new ArrayList<>();
    if (quality == NameQuality.WEAK_ALIAS) {
      notes.add("weak alias: corroborates, does not alert alone");
    } else if (quality == NameQuality.ACRONYM) {
      notes.add("matched as acronym of the listed name (low weight)");
    }
    if (index.nameAlias[b.name] >= 0) {
      notes.add("matched an alias");
    } else if (quality == NameQuality.LINKED) {
      notes.add("matched a name of the linked entry " + index.entries.get(index.nameOrigin[b.name]).key()
          + " (same party on another list)");
    }
    Explanation x = new Explanation(index.nameText(b.name), b.nameScore,
        ExplanationBuilder.tokens(b.query, c, a, index.unknownIdf), ev, notes);
    return new Hit(e, score, quality.aliasQuality(), index.nameAlias[b.name] == -1, x);
  }

  /**
   * Prepares a query name. A query word the index knows takes the index's own token (with its vocabulary id and
   * keys already computed), so the finder and the memo need no lookups by text and no keys are recomputed; words
   * seen recently come from {@link #words} without even the vocabulary lookup.
   */
  private PreparedName prepare(List<NameToken> tokens) {
    return PreparedName.of(tokens, words::get, t -> t.id >= 0 ? index.idf[t.id] : -1);
  }

  /** A query word's token: the index's own when the vocabulary has the word, else a new one (for {@link #words}). */
  private TokenInfo lookup(NameToken t) {
    Integer v = index.vocab.get(t.text());
    if (v == null) {
      return TokenInfo.of(t);
    }
    TokenInfo known = index.vocabInfo[v];
    return known.transliterated == t.transliterated() ? known : new TokenInfo(t.text(), t.transliterated(), v);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  @Override
  public double nameScore(String a, String b) {
    double best = 0;
    for (List<NameToken> va : NameAnalyzer.analyze(a)) {
      for (List<NameToken> vb : NameAnalyzer.analyze(b)) {
        best = Math.max(best, scorer.score(prepare(va), prepare(vb)));
      }
    }
    return best;
  }

  @Override public double defaultThreshold() { return threshold; }
  @Override public String matcherVersion() { return VERSION; }
  @Override public List<ListVersionRef> listVersions() { return versions; }
  @Override public int size() { return index.entries.size(); }
  @Override public Optional<ListEntry> entry(String key) { return Optional.ofNullable(byKey.get(key)); }
}
