package io.embargo.match;

/**
 * Per-thread memo of token similarities for the query being screened: candidates share many indexed tokens
 * ("group", "mohammed"), so each vocabulary token is compared with the query once per query. A listed token's
 * similarities to all query tokens form one row, so a candidate costs one lookup per listed token, not one per
 * token pair. Owned by one thread; reset whenever the query changes. Also holds the scorer's scratch arrays.
 */
final class PairMemo {
  private static final int SIZE = 1 << 11;
  /** Doubles of row storage: rows stop being memoised beyond it (the query then computes them each time). */
  private static final int ROW_SPACE = 1 << 14;
  /** Vocabulary id + 1 per slot, 0 when empty. */
  private final int[] keys = new int[SIZE];
  private final int[] rowAt = new int[SIZE];
  /** Slots filled since the last reset, so that a reset clears only those. */
  private final int[] filled = new int[SIZE / 2 + 1];
  private int used;
  private int rowSpace;
  private PreparedName owner;
  /** Row storage: similarity and rule ordinal of (listed token, query token i) at {@code row + i}. */
  final double[] sims = new double[ROW_SPACE + NameAnalyzer.MAX_TOKENS * NameAnalyzer.MAX_TOKENS];
  final byte[] rules = new byte[sims.length];
  /** Whether the row {@link #row} returned last is new: the caller fills it. */
  boolean fresh;
  /** Scratch for {@link NameScorer}: candidate pairs of the name being scored, reused across calls. */
  double[] pairSims = new double[64];
  int[] pairSpans = new int[64];
  MatchRule[] pairRules = new MatchRule[64];
  long[] pairOrder = new long[64];
  final int[] rowOf = new int[NameAnalyzer.MAX_TOKENS];
  final int[] cIds = new int[NameAnalyzer.MAX_TOKENS];
  final int[] cShape = new int[NameAnalyzer.MAX_TOKENS];
  final double[] cWeights = new double[NameAnalyzer.MAX_TOKENS];
  final MatchRule[] rule = new MatchRule[1];
  /** Edit-distance row buffers for this thread. */
  final int[][] osaRows = Similarity.rows();

  void reset(PreparedName q) {
    if (owner != q) {
      owner = q;
      // Only the slots this query filled are cleared: wiping the whole table would evict what the query is about
      // to read.
      for (int k = 0; k < used; k++) {
        keys[filled[k]] = 0;
      }
      used = 0;
      rowSpace = 0;
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
   * Where the row of vocabulary token {@code cid} against the current query's {@code n} tokens lies in
   * {@link #sims}; {@link #fresh} says whether the caller must fill it. A listed token outside the vocabulary
   * ({@code cid < 0}), or a query that has filled the memo, gets the scratch row {@code spare} (always fresh).
   */
  int row(int cid, int n, int spare) {
    if (cid >= 0 && used < SIZE / 2 && rowSpace + n <= ROW_SPACE) {
      int key = cid + 1;
      int h = key * 0x9E3779B1 >>> 21;
      while (keys[h] != 0) {
        if (keys[h] == key) {
          fresh = false;
          return rowAt[h];
        }
        h = (h + 1) & (SIZE - 1);
      }
      keys[h] = key;
      rowAt[h] = rowSpace;
      filled[used++] = h;
      rowSpace += n;
      fresh = true;
      return rowAt[h];
    }
    fresh = true;
    return ROW_SPACE + spare * NameAnalyzer.MAX_TOKENS;
  }
}
