package io.embargo.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores a query name against a listed name: every token pair (and every joined neighbour pair) gets a
 * similarity, then a greedy best-pair assignment uses each token once, in any order. The score is the
 * weighted share of matched tokens: matched pairs count their similarity, unmatched query tokens cost more
 * than unmatched listed tokens (a listed middle name the query lacks is normal; a query word the list lacks
 * is a different party). Token weights are rarities (IDF), so "group" or "trading" matter less than "nso".
 * Thread-safe: all state is per call.
 */
final class NameScorer {
  /** Cost of an unmatched query token, per unit of weight. */
  static final double UNMATCHED_QUERY = 1.5;
  /** Cost of an unmatched listed token inside the name (a dropped middle name or word), per unit of weight. */
  static final double UNMATCHED_LIST = 0.3;
  /** Cost of an unmatched listed first or last word, per unit of weight: dropping those is less usual. */
  static final double UNMATCHED_LIST_EDGE = 0.55;
  /**
   * Factor for a name that rests on one fuzzy token pair (no exact or known-variant match, nothing else
   * aligned): a single near-miss word is weak evidence.
   */
  static final double NO_ANCHOR = 0.9;
  /** Pairs below this similarity are not aligned. */
  static final double MIN_PAIR = 0.6;

  private final double unknownIdf;
  private final long[] signatures;
  private final FormTable table;
  private final PreparedName[] forms;
  private final ThreadLocal<PairMemo> memo = ThreadLocal.withInitial(PairMemo::new);
  private static final MatchRule[] RULES = MatchRule.values();

  /** A scorer for names outside any index ({@link #score(PreparedName, PreparedName)} only). */
  NameScorer(double unknownIdf) {
    this(unknownIdf, new long[0], null, new PreparedName[0]);
  }

  /**
   * @param unknownIdf weight of a word the index has never seen
   * @param signatures the index's {@link NameIndex#vocabSignatures}
   * @param table the index's forms, flat, for {@link #score(PreparedName, int, PairMemo)}
   * @param forms the index's forms
   */
  NameScorer(double unknownIdf, long[] signatures, FormTable table, PreparedName[] forms) {
    this.unknownIdf = unknownIdf;
    this.signatures = signatures;
    this.table = table;
    this.forms = forms;
  }

  /** One aligned pair: query span [qi, qi+ql), list span [cj, cj+cl). */
  record Pair(int qi, int ql, int cj, int cl, double sim, MatchRule rule) {}

  /** The alignment and score of two names. */
  record Alignment(double score, List<Pair> pairs) {}

  /** The score alone, allocation-free. */
  double score(PreparedName q, PreparedName c) {
    return align(q, c, null, memo.get());
  }

  /**
   * The score of the query against indexed form {@code f}, with the calling thread's memo ({@link #memo()}): the
   * hot path. Reads the form from the flat {@link FormTable}; its token objects only for a pair that its
   * signatures do not rule out, and its similarities through the memo, once per listed word and query.
   */
  double score(PreparedName q, int f, PairMemo pm) {
    return align(q, null, f, load(f, pm), null, pm);
  }

  /** The score with the aligned pairs of indexed form {@code f}, for explanations: the memo serves it too. */
  Alignment align(PreparedName q, int f) {
    List<Pair> pairs = new ArrayList<>();
    PairMemo pm = memo.get();
    double score = align(q, null, f, load(f, pm), pairs, pm);
    return new Alignment(score, pairs);
  }

  /** Copies form f's ids, shapes and weights from the flat table into the memo's scratch; returns its size. */
  private int load(int f, PairMemo pm) {
    int m = table.size(f);
    long[] data = table.data;
    int at = FormTable.STRIDE * table.start[f];
    for (int j = 0; j < m; j++, at += FormTable.STRIDE) {
      pm.cIds[j] = (int) (data[at] >>> 32);
      pm.cShape[j] = (int) data[at];
      pm.cWeights[j] = Double.longBitsToDouble(data[at + 1]);
    }
    return m;
  }

  /** The calling thread's similarity memo. */
  PairMemo memo() {
    return memo.get();
  }

  /** The score with the aligned pairs of a name outside the index, for explanations. */
  Alignment align(PreparedName q, PreparedName c) {
    List<Pair> pairs = new ArrayList<>();
    double score = align(q, c, pairs, memo.get());
    return new Alignment(score, pairs);
  }

  /**
   * Aligns a name outside the flat table: its own arrays, object checks, no memo (its tokens may carry index ids
   * with another transliteration flag than the vocabulary's, so the index's signatures do not describe them).
   */
  private double align(PreparedName q, PreparedName c, List<Pair> pairs, PairMemo pm) {
    int m = c.size();
    for (int j = 0; j < m; j++) {
      pm.cIds[j] = -1;
      pm.cShape[j] = c.shape[j];
      pm.cWeights[j] = c.weights[j];
    }
    return align(q, c, -1, m, pairs, pm);
  }

  /**
   * Fills the memo row of listed token j (of {@code c}, or of form {@code f} when {@code c} is null) against
   * every query token, unless the memo already holds it; returns the row's offset in {@link PairMemo#sims}.
   */
  private int row(PreparedName q, PreparedName c, int f, int j, PairMemo pm) {
    int n = q.size();
    int cid = pm.cIds[j];
    int row = pm.row(cid, n, j);
    if (!pm.fresh) {
      return row;
    }
    TokenInfo ct = null;
    MatchRule[] r = pm.rule;
    for (int i = 0; i < n; i++) {
      TokenInfo qt = q.tokens[i];
      double s;
      if (cid >= 0 && TokenSimilarity.cannotMatch(qt, signatures, cid)) {
        s = 0;
        r[0] = MatchRule.UNMATCHED;
      } else {
        ct = ct != null ? ct : listed(c, f).tokens[j];
        s = cid >= 0 ? TokenSimilarity.computeFully(qt, ct, r, pm.osaRows)
            : TokenSimilarity.compute(qt, ct, r, pm.osaRows);
      }
      pm.sims[row + i] = s;
      pm.rules[row + i] = (byte) r[0].ordinal();
    }
    return row;
  }

  /**
   * Aligns the query with listed name {@code c} (or form {@code f} when c is null), whose ids, shapes and weights
   * are in the memo's scratch arrays, and returns the score, adding the aligned pairs to {@code pairs} when it is
   * not null.
   */
  private double align(PreparedName q, PreparedName c, int f, int m, List<Pair> pairs, PairMemo pm) {
    int n = q.size();
    if (n == 0 || m == 0) {
      return 0;
    }
    int cap = (2 * n) * (2 * m);
    pm.reset(q);
    pm.ensure(cap);
    double[] sims = pm.pairSims;
    int[] spans = pm.pairSpans;
    MatchRule[] rules = pm.pairRules;
    int count = 0;
    int[] rowOf = pm.rowOf;
    for (int j = 0; j < m; j++) {
      rowOf[j] = row(q, c, f, j, pm);
    }
    int[] cShape = pm.cShape;
    double[] cWeights = pm.cWeights;
    double[] memoSims = pm.sims;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double s = memoSims[rowOf[j] + i];
        if (s >= MIN_PAIR) {
          sims[count] = s;
          spans[count] = span(i, 1, j, 1);
          rules[count++] = RULES[pm.rules[rowOf[j] + i]];
        }
      }
    }
    // Joined pairs need the same first letter and lengths within one: checked on flat arrays before any string.
    for (int i = 0; i + 1 < n; i++) {
      int joinedLength = q.lengths[i] + q.lengths[i + 1];
      for (int j = 0; j < m; j++) {
        int sh = cShape[j];
        if (sh >>> 16 != q.firsts[i] || Math.abs(joinedLength - (sh >>> 2 & 0x3FFF)) > 1) {
          continue;
        }
        double s = TokenSimilarity.joined(q.joins[i], listed(c, f).tokens[j].text);
        if (s > 0) {
          sims[count] = s;
          spans[count] = span(i, 2, j, 1);
          rules[count++] = MatchRule.JOINED;
        }
      }
    }
    for (int j = 0; j + 1 < m; j++) {
      int joinedLength = (cShape[j] >>> 2 & 0x3FFF) + (cShape[j + 1] >>> 2 & 0x3FFF);
      char first = (char) (cShape[j] >>> 16);
      for (int i = 0; i < n; i++) {
        if (q.firsts[i] != first || Math.abs(joinedLength - q.lengths[i]) > 1) {
          continue;
        }
        double s = TokenSimilarity.joined(listed(c, f).joins[j], q.tokens[i].text);
        if (s > 0) {
          sims[count] = s;
          spans[count] = span(i, 1, j, 2);
          rules[count++] = MatchRule.JOINED;
        }
      }
    }
    long[] order = pm.pairOrder;
    for (int k = 0; k < count; k++) {
      order[k] = ((long) (sims[k] * 1_000_000) << 20) | (0xFFFFF - k);
    }
    Arrays.sort(order, 0, count);
    int qUsed = 0;
    int cUsed = 0;
    double num = 0;
    double den = 0;
    boolean exact = true;
    boolean anchored = false;
    int pairCount = 0;
    for (int o = count - 1; o >= 0; o--) {
      int k = 0xFFFFF - (int) (order[o] & 0xFFFFF);
      int sp = spans[k];
      int qi = sp >>> 24;
      int ql = (sp >>> 16) & 0xFF;
      int cj = (sp >>> 8) & 0xFF;
      int cl = sp & 0xFF;
      int qMask = ((1 << ql) - 1) << qi;
      int cMask = ((1 << cl) - 1) << cj;
      if ((qUsed & qMask) != 0 || (cUsed & cMask) != 0) {
        continue;
      }
      qUsed |= qMask;
      cUsed |= cMask;
      double wc = 0;
      for (int j = cj; j < cj + cl; j++) {
        wc += cWeights[j] < 0 ? -cWeights[j] * unknownIdf : cWeights[j];
      }
      double wq = 0;
      for (int i = qi; i < qi + ql; i++) {
        wq += q.weights[i] < 0 ? -q.weights[i] * wc / cl : q.weights[i];
      }
      num += sims[k] * (wq + wc);
      den += wq + wc;
      if (sims[k] < 1.0) {
        exact = false;
      }
      if (sims[k] >= TokenSimilarity.VARIANT && (ql + cl > 2 || q.tokens[qi].length() > 1)) {
        anchored = true;
      }
      if (!q.weak[qi] || (cShape[cj] & 2) == 0) {
        pairCount++;
      }
      if (pairs != null) {
        pairs.add(new Pair(qi, ql, cj, cl, sims[k], rules[k]));
      }
    }
    for (int i = 0; i < n; i++) {
      if ((qUsed & (1 << i)) == 0) {
        double w = q.weights[i] < 0 ? -q.weights[i] * unknownIdf : q.weights[i];
        den += UNMATCHED_QUERY * w;
        exact = false;
      }
    }
    for (int j = 0; j < m; j++) {
      if ((cUsed & (1 << j)) == 0) {
        double w = cWeights[j] < 0 ? -cWeights[j] * unknownIdf : cWeights[j];
        den += ((cShape[j] & 1) != 0 ? UNMATCHED_LIST_EDGE : UNMATCHED_LIST) * w;
        exact = false;
      }
    }
    double score = exact ? 1.0 : den <= 0 ? 0 : num / den;
    if (!anchored && pairCount < 2) {
      score *= NO_ANCHOR;
    }
    return score;
  }

  /** The listed name: {@code c}, or indexed form {@code f} when c is null (read only when its tokens are needed). */
  private PreparedName listed(PreparedName c, int f) {
    return c != null ? c : forms[f];
  }

  private static int span(int qi, int ql, int cj, int cl) {
    return (qi << 24) | (ql << 16) | (cj << 8) | cl;
  }
}
