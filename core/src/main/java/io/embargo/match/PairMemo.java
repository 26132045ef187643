package io.embargo.match;

import java.util.Arrays;

/**
 * Per-thread memo of token similarities for the query being screened: candidates share many indexed tokens
 * ("group", "mohammed"), so each (query token, vocabulary token) pair is computed once per query. Owned by
 * one thread; reset whenever the query changes.
 */
final class PairMemo {
  private static final int SIZE = 1 << 12;
  private static final MatchRule[] RULES = MatchRule.values();
  private final long[] keys = new long[SIZE];
  private final double[] sims = new double[SIZE];
  private final byte[] rules = new byte[SIZE];
  private PreparedName owner;
  /** Scratch for {@link NameScorer#align}: candidate pairs of the name being scored, reused across calls. */
  double[] pairSims = new double[64];
  int[] pairSpans = new int[64];
  MatchRule[] pairRules = new MatchRule[64];
  long[] pairOrder = new long[64];
  final MatchRule[] rule = new MatchRule[1];
  /** Edit-distance row buffers for this thread. */
  final int[][] osaRows = Similarity.rows();
  private int used;

  void reset(PreparedName q) {
    if (owner != q) {
      owner = q;
      if (used > 0) {
        Arrays.fill(keys, 0L);
        used = 0;
      }
    }
  }

  void ensure(int cap) {
    if (pairSims.length < cap) {
      pairSims = new double[cap];
      pairSpans = new int[cap];
      pairRules = new MatchRule[cap];
      pairOrder = new long[cap];
    }
  }

  /**
   * Similarity of query token {@code qi} ({@code q}) and listed token {@code cs[j]}, whose vocabulary id is
   * {@code cid} (negative: not in the vocabulary, never memoised); the rule goes to {@code rule[0]}. The listed
   * token object is read only when the pair is not in the memo yet.
   */
  double similarity(int qi, TokenInfo q, int cid, TokenInfo[] cs, int j, MatchRule[] rule) {
    if (cid < 0 || used > SIZE / 2) {
      return TokenSimilarity.compute(q, cs[j], rule, osaRows);
    }
    long key = (((long) qi + 1) << 32) | (cid & 0xFFFFFFFFL);
    int h = (int) (key ^ (key >>> 29)) * 0x9E3779B1 >>> 20;
    while (keys[h] != 0) {
      if (keys[h] == key) {
        rule[0] = RULES[rules[h]];
        return sims[h];
      }
      h = (h + 1) & (SIZE - 1);
    }
    double s = TokenSimilarity.compute(q, cs[j], rule, osaRows);
    keys[h] = key;
    sims[h] = s;
    rules[h] = (byte) rule[0].ordinal();
    used++;
    return s;
  }
}
