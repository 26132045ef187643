package io.embargo.match;

import java.util.Arrays;
import java.util.Map;

/**
 * The one-deletion neighbourhood of the vocabulary (every word and every string one deleted letter away, each
 * with the words it comes from), looked up by a 64-bit polynomial hash instead of by string. A query word's
 * one- and two-deletion variants are hashed from its prefix hashes in constant time each, so the typo passes of
 * {@link WordReach} build no strings: for an unknown nine-letter word that is 46 lookups without an
 * allocation. Keys whose hashes collide share one list; every word reached is scored before it counts, so a
 * collision costs a check, never a wrong candidate.
 *
 * <p>Immutable once built; thread-safe. Query-side scratch ({@link Probe}) belongs to one thread.
 */
final class DeletionKeys {
  private static final long B = 0x9E3779B97F4A7C15L;
  private static final int[] NONE = new int[0];
  private final long[] keys;
  private final int[][] values;
  private final int mask;

  /** @param byKey deletion key to vocabulary ids (as {@link IntListMap#freeze} makes them) */
  DeletionKeys(Map<String, int[]> byKey) {
    int cap = Integer.highestOneBit(Math.max(16, byKey.size() * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap][];
    mask = cap - 1;
    for (Map.Entry<String, int[]> e : byKey.entrySet()) {
      put(hash(e.getKey()), e.getValue());
    }
  }

  private void put(long h, int[] ids) {
    int at = slot(h);
    while (values[at] != null && keys[at] != h) {
      at = (at + 1) & mask;
    }
    if (values[at] == null) {
      keys[at] = h;
      values[at] = ids;
    } else {
      int[] merged = Arrays.copyOf(values[at], values[at].length + ids.length);
      System.arraycopy(ids, 0, merged, values[at].length, ids.length);
      values[at] = merged;
    }
  }

  /** The vocabulary ids under this key hash, or an empty array. */
  int[] get(long h) {
    int at = slot(h);
    while (values[at] != null) {
      if (keys[at] == h) {
        return values[at];
      }
      at = (at + 1) & mask;
    }
    return NONE;
  }

  private int slot(long h) {
    long x = h ^ (h >>> 31);
    x *= 0xBF58476D1CE4E5B9L;
    return (int) (x ^ (x >>> 29)) & mask;
  }

  static long hash(CharSequence s) {
    long h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = h * B + s.charAt(i);
    }
    return h;
  }

  /**
   * Hashes of one query word's deletion variants. Reusable: {@link #of} resets it for the next word. Not
   * thread-safe.
   */
  static final class Probe {
    private long[] prefix = new long[65];
    private long[] power = new long[65];
    private int length;

    /** Prepares the prefix hashes of {@code word}. */
    Probe of(String word) {
      length = word.length();
      if (prefix.length <= length) {
        prefix = new long[length + 1];
        power = new long[length + 1];
      }
      prefix[0] = 0;
      power[0] = 1;
      for (int i = 0; i < length; i++) {
        prefix[i + 1] = prefix[i] * B + word.charAt(i);
        power[i + 1] = power[i] * B;
      }
      return this;
    }

    /** Hash of the word itself. */
    long whole() {
      return prefix[length];
    }

    /** Hash of the word without its letter at {@code i}. */
    long without(int i) {
      return prefix[i] * power[length - 1 - i] + part(i + 1, length);
    }

    /** Hash of the word without its letters at {@code i} and {@code j}, {@code i < j}. */
    long without(int i, int j) {
      int tail = length - 1 - j;
      return prefix[i] * power[j - i - 1 + tail] + part(i + 1, j) * power[tail] + part(j + 1, length);
    }

    private long part(int from, int to) {
      return prefix[to] - prefix[from] * power[to - from];
    }
  }
}
