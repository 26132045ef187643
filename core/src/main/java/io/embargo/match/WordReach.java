package io.embargo.match;

import java.util.Arrays;

/**
 * The vocabulary words a query word reaches, each with the similarity the scorer will give the pair: the word
 * itself, then the words sharing its romanisation key, one or two deletions away (typos, doubled letters), with
 * its Double Metaphone code, or with its consonant skeleton (transliterated words). A word reached by such a key
 * but scored below {@link NameScorer#MIN_PAIR} is left out: it would align with nothing (a phonetic code alone
 * reaches "streloy" from "seadril").
 *
 * <p>Why a cache: a word's reach depends on the word and the index only, and costs dozens of hash lookups and
 * similarity computations. Names repeat their words ("mohammed", "trading", "ivanov"), so a batch asks for the
 * same reach again and again. Like {@link WordCache}, the table is direct-mapped: a word's slot is chosen by its
 * hash and a new word takes the slot over.
 *
 * <p>Thread-safe without locks: slots are read and written racily, which is safe because {@link Reach} is
 * immutable with final fields; two threads may compute the same reach once each. Scratch space is per thread.
 */
final class WordReach {
  /** The reach of one word: vocabulary ids, distinct, in the order the keys found them, and their similarities. */
  static final class Reach {
    final String text;
    final boolean transliterated;
    final int[] words;
    final double[] sims;

    Reach(String text, boolean transliterated, int[] words, double[] sims) {
      this.text = text;
      this.transliterated = transliterated;
      this.words = words;
      this.sims = sims;
    }
  }

  private final NameIndex index;
  private final Reach[] slots;
  private final int mask;
  private final ThreadLocal<Scratch> scratch;

  private static final class Scratch {
    final int[] mark;
    int stamp;
    final DeletionKeys.Probe probe = new DeletionKeys.Probe();
    final int[][] osaRows = Similarity.rows();
    int[] words = new int[64];
    double[] sims = new double[64];
    int count;

    Scratch(int vocab) {
      mark = new int[vocab];
    }
  }

  /**
   * @param index the index whose vocabulary the words reach
   * @param slots number of cached words, a power of two
   */
  WordReach(NameIndex index, int slots) {
    if (Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots: " + slots + " is not a power of two");
    }
    this.index = index;
    this.slots = new Reach[slots];
    this.mask = slots - 1;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(index.vocabInfo.length));
  }

  /** The reach of query word {@code t}; never null. */
  Reach of(TokenInfo t) {
    int h = t.textHash;
    int i = (h ^ (h >>> 16)) & mask;
    Reach r = slots[i];
    if (r != null && r.transliterated == t.transliterated && r.text.equals(t.text)) {
      return r;
    }
    r = compute(t);
    slots[i] = r;
    return r;
  }

  private Reach compute(TokenInfo t) {
    Scratch s = scratch.get();
    s.stamp++;
    s.count = 0;
    int exact = t.id;
    if (exact >= 0) {
      s.mark[exact] = s.stamp;
      add(s, exact, 1.0);
    }
    reachAll(s, t, index.byRkey.get(t.rkey));
    DeletionKeys.Probe probe = exact < 0 && t.length() >= 3 ? s.probe.of(t.text) : null;
    if (t.length() == 3 && exact < 0) {
      reachAll(s, t, index.byDeletion.get(probe.whole()));
    }
    int nearWords = 0;
    if (t.length() >= 4 && exact < 0) {
      reachAll(s, t, index.byPhonetic.get(t.phonetic));
      // The word itself and each one-letter deletion (a doubled letter deleted once), as NameIndex.deletions.
      nearWords += reachAll(s, t, index.byDeletion.get(probe.whole()));
      for (int k = 0; k < t.length(); k++) {
        if (k == 0 || t.text.charAt(k) != t.text.charAt(k - 1)) {
          nearWords += reachAll(s, t, index.byDeletion.get(probe.without(k)));
        }
      }
    }
    if (t.length() >= 6 && exact < 0 && nearWords == 0) {
      // Two deletions only when the one-deletion keys reached no word: the nearest spelling is the likelier
      // word, and this pass costs a lookup per pair of deleted letters.
      for (int a = 0; a < t.length(); a++) {
        for (int b = a + 1; b < t.length(); b++) {
          reachAll(s, t, index.byDeletion.get(probe.without(a, b)));
        }
      }
    }
    if (t.transliterated && t.skeleton.length() >= 2) {
      reachAll(s, t, index.bySkeleton.get(t.skeleton));
    }
    return new Reach(t.text, t.transliterated, Arrays.copyOf(s.words, s.count), Arrays.copyOf(s.sims, s.count));
  }

  /** Adds the words of {@code vocabIds} (may be null) the scorer would align with {@code t}; returns how many. */
  private int reachAll(Scratch s, TokenInfo t, int[] vocabIds) {
    if (vocabIds == null) {
      return 0;
    }
    int added = 0;
    for (int v : vocabIds) {
      if (s.mark[v] == s.stamp) {
        continue;
      }
      s.mark[v] = s.stamp;
      double sim = TokenSimilarity.cannotMatch(t, index.vocabSignatures, v) ? 0
          : TokenSimilarity.computeFully(t, index.vocabInfo[v], null, s.osaRows);
      if (sim >= NameScorer.MIN_PAIR) {
        add(s, v, sim);
        added++;
      }
    }
    return added;
  }

  private static void add(Scratch s, int v, double sim) {
    if (s.count == s.words.length) {
      s.words = Arrays.copyOf(s.words, s.count * 2);
      s.sims = Arrays.copyOf(s.sims, s.count * 2);
    }
    s.words[s.count] = v;
    s.sims[s.count++] = sim;
  }
}
