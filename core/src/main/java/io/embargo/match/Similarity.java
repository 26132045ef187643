package io.embargo.match;

/**
 * String similarity on char arrays, written allocation-free for the hot path (the row buffers are per
 * thread). Pure functions; thread-safe.
 */
final class Similarity {
  private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][64]);

  private Similarity() {}

  /** Row buffers for {@link #osa(CharSequence, CharSequence, int, int[][])}, for one thread's use. */
  static int[][] rows() {
    return new int[3][64];
  }

  /**
   * Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions, each substring edited
   * once) between {@code a} and {@code b}, or {@code max + 1} when it exceeds {@code max}.
   */
  static int osa(CharSequence a, CharSequence b, int max) {
    return osa(a, b, max, null);
  }

  /**
   * {@link #osa(CharSequence, CharSequence, int)} with the caller's row buffers ({@link #rows()}), which saves
   * the thread-local lookup on hot paths that already hold per-thread scratch; null uses the thread's own.
   */
  static int osa(CharSequence a, CharSequence b, int max, int[][] buffers) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    if (n == 0 || m == 0) {
      return Math.max(n, m);
    }
    int[][] rows = buffers != null && buffers[0].length > m ? buffers : ROWS.get();
    if (rows[0].length <= m) {
      rows = new int[3][m + 16];
      ROWS.set(rows);
    }
    int[] prev2 = rows[0];
    int[] prev = rows[1];
    int[] cur = rows[2];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    // Only the diagonal band |i - j| <= max can stay within max; cells just outside it read as "too far".
    int far = max + 2;
    for (int i = 1; i <= n; i++) {
      int lo = Math.max(1, i - max);
      int hi = Math.min(m, i + max);
      cur[lo - 1] = lo == 1 ? i : far;
      if (hi < m) {
        cur[hi + 1] = far;
      }
      int rowMin = lo == 1 ? i : far;
      char ca = a.charAt(i - 1);
      for (int j = lo; j <= hi; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], max + 1);
  }

  /**
   * Jaro–Winkler similarity in [0,1]: Winkler's prefix bonus (scale 0.1, prefix up to 4) only above a Jaro
   * similarity of 0.7, the shorter string matched against the longer (the classic definition, as in
   * commons-text).
   */
  static double jaroWinkler(CharSequence first, CharSequence second) {
    CharSequence a = first.length() > second.length() ? second : first;
    CharSequence b = first.length() > second.length() ? first : second;
    int n = a.length();
    int m = b.length();
    if (n == 0 && m == 0) {
      return 1.0;
    }
    if (n == 0 || m == 0) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(n, m) / 2 - 1);
    long aMatched = 0;
    long bMatched = 0;
    if (n > 64 || m > 64) {
      return jaroWinklerLong(a, b);
    }
    int matches = 0;
    for (int i = 0; i < n; i++) {
      int lo = Math.max(0, i - window);
      int hi = Math.min(m - 1, i + window);
      char c = a.charAt(i);
      for (int j = lo; j <= hi; j++) {
        if ((bMatched & (1L << j)) == 0 && b.charAt(j) == c) {
          aMatched |= 1L << i;
          bMatched |= 1L << j;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    int j = 0;
    for (int i = 0; i < n; i++) {
      if ((aMatched & (1L << i)) != 0) {
        while ((bMatched & (1L << j)) == 0) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    double mt = matches;
    double jaro = (mt / n + mt / m + (mt - transpositions / 2.0) / mt) / 3.0;
    if (jaro < 0.7) {
      return jaro;
    }
    int prefix = 0;
    int maxPrefix = Math.min(4, Math.min(n, m));
    while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + 0.1 * prefix * (1.0 - jaro);
  }

  private static double jaroWinklerLong(CharSequence a, CharSequence b) {
    // Long strings are rare (names are tokenised); truncating keeps the function allocation-free.
    return jaroWinkler(a.subSequence(0, Math.min(64, a.length())), b.subSequence(0, Math.min(64, b.length())));
  }
}
