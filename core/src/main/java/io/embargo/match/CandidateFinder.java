package io.embargo.match;

import java.util.Arrays;

/**
 * Blocking: finds the few indexed name forms worth scoring for a query. Each query token reaches vocabulary
 * tokens by exact text, romanisation key, Double Metaphone, consonant skeleton (transliterated tokens) and the
 * one-deletion neighbourhood (typos); neighbouring query tokens joined reach listed words, and listed
 * neighbours joined reach a query word. Every form posted under a reached token accumulates the token's
 * weight times the scorer's similarity for the pair ({@link WordReach}); the best-accumulating forms are the
 * candidates. Thread-safe: scratch arrays are per thread.
 */
final class CandidateFinder {
  /** Most name forms scored per query analysis. */
  static final int MAX_CANDIDATES = 48;
  /** A candidate must have at least this share of the best candidate's accumulated weight. */
  static final double RELATIVE_FLOOR = 0.45;

  /**
   * A word posted under more than max(COMMON_MIN, names / COMMON_SHARE) names ("mohammed" in a million-name
   * index) does not draw candidates when the query has another core word: it is cheap evidence and walking
   * its postings would dominate the query's cost.
   */
  static final int COMMON_MIN = 5000;
  static final int COMMON_SHARE = 50;

  /** Held names are weighed against the drawn ones (see {@link #drawPending}) only when there are more than this. */
  static final int PRUNE_MIN = 4 * MAX_CANDIDATES;
  /** Margin for the float keys of the final ranking: a held name is left out only when clearly below the cut. */
  private static final double CUT_MARGIN = 1e-6;

  /** Names whose estimated score is below this are not scored at all. */
  static final double MIN_ESTIMATE = 0.35;

  private final NameIndex index;
  private final ThreadLocal<Scratch> scratch;
  /**
   * Query words' reaches. 65,536 slots (a few MB when full): a million generated parties ask for 2.2 million
   * reaches, of which 16,384 slots missed 22% and 65,536 slots 9%.
   */
  private final WordReach reaches;

  CandidateFinder(NameIndex index) {
    this.index = index;
    this.reaches = new WordReach(index, 1 << 16);
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(index.forms.length));
  }

  private static final class Scratch {
    /** The forms drawn in the current query. */
    final DrawnForms drawn;
    /** Largest accumulated weight so far in this query. */
    float best;
    /** Names the current query word would draw anew, with their gains (see {@link #find}). */
    int[] pending = new int[1024];
    float[] pendingGain = new float[1024];
    float[] pendingWeight = new float[1024];
    int pendingCount;
    final long[] heap = new long[MAX_CANDIDATES];
    /** The best estimates drawn names are sure of, for {@link #drawPending}. */
    final double[] sure = new double[MAX_CANDIDATES];
    int stamp;

    Scratch(int forms) {
      drawn = new DrawnForms(forms);
    }
  }

  /** Candidate form ids ({@link NameIndex#forms}), in no particular order. */
  int[] find(PreparedName q) {
    Scratch s = scratch.get();
    s.drawn.clear();
    boolean anyCore = false;
    int coreTokens = 0;
    for (int i = 0; i < q.size(); i++) {
      if (!q.weak[i] && q.tokens[i].length() > 1) {
        anyCore = true;
        coreTokens++;
      }
    }
    int common = Math.max(COMMON_MIN, index.forms.length / COMMON_SHARE);
    // Rarest words first. A word's walk adds to the names already drawn at once and holds the names it would draw
    // anew; those enter only if the words left (this one included, and every joined-word lookup) could still lift
    // them to the relative floor of the best so far. A common word then costs its postings, not new candidates.
    int n = q.size();
    double[] bound = new double[n];
    int[] joinedVocab = new int[n];
    int[][] joinedForms = new int[n][];
    Integer[] order = new Integer[n];
    double remaining = 0;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      TokenInfo t = q.tokens[i];
      boolean skipped = t.length() < 2 || anyCore && q.weak[i]
          || t.id >= 0 && coreTokens >= 2 && index.postings[t.id].length > common;
      double w = q.weights[i];
      bound[i] = skipped ? 0 : w >= 0 ? w : -w * Math.max(index.maxIdf, 5.0);
      remaining += bound[i];
      Integer v = skipped || i + 1 >= n ? null : index.vocab.get(q.joins[i]);
      joinedVocab[i] = v == null ? -1 : v;
      remaining += v == null ? 0 : 0.95 * index.idf[v];
      joinedForms[i] = skipped ? null : index.joined.get(t.text);
      remaining += joinedForms[i] != null ? 0.95 * weight(w, 5.0) : 0;
    }
    Arrays.sort(order, (a, b) -> Double.compare(bound[b], bound[a]));
    int queryInitials = initialCount(q);
    double initialsBound = queryInitials * PreparedName.INITIAL_WEIGHT;
    s.best = 0;
    s.pendingCount = 0;
    for (int oi = 0; oi < n; oi++) {
      int i = order[oi];
      TokenInfo t = q.tokens[i];
      if (bound[i] == 0) {
        continue;
      }
      s.stamp++;
      double w = q.weights[i];
      WordReach.Reach reach = reaches.of(t);
      for (int k = 0; k < reach.words.length; k++) {
        visitVocab(s, reach.words[k], reach.sims[k], w);
      }
      if (remaining >= RELATIVE_FLOOR * s.best) {
        drawPending(s, remaining - bound[i], q.totalWeight, initialsBound);
      }
      s.pendingCount = 0;
      remaining -= bound[i];
      int[] joinedNames = joinedForms[i];
      if (joinedNames != null) {
        addNames(s, joinedNames, null, 0.95 * weight(w, 5.0));
        remaining -= 0.95 * weight(w, 5.0);
      }
      if (joinedVocab[i] >= 0) {
        int v = joinedVocab[i];
        s.stamp++;
        addNames(s, index.postings[v], index.postingWeights[v], 0.95 * index.idf[v]);
        remaining -= 0.95 * index.idf[v];
      }
    }
    return select(s, q, queryInitials);
  }

  /** How many one-letter words (initials) the query has. */
  private static int initialCount(PreparedName q) {
    int count = 0;
    for (int length : q.lengths) {
      count += length == 1 ? 1 : 0;
    }
    return count;
  }

  /** Weight of the query's initials (their letter bits) that some word of the form starts with. */
  private static double initials(int[] initialBits, int mask) {
    int matched = 0;
    for (int bit : initialBits) {
      matched += (mask & bit) != 0 ? 1 : 0;
    }
    return matched * PreparedName.INITIAL_WEIGHT;
  }

  private static double weight(double w, double fallback) {
    return w < 0 ? -w * fallback : w;
  }

  /** Walks the postings of vocabulary word {@code v} with gain {@code sim} times the query word's weight. */
  private void visitVocab(Scratch s, int v, double sim, double w) {
    double weight = w < 0 ? -w * index.idf[v] : w;
    walk(s, index.postings[v], index.postingWeights[v], (float) (sim * weight));
  }

  /**
   * Adds a word's gain to the drawn names among {@code names} and holds the others in the pending list (see
   * {@link #find}); a name counts once per query word (the stamp).
   */
  private static void walk(Scratch s, int[] names, float[] weights, float gain) {
    DrawnForms drawn = s.drawn;
    for (int p = 0; p < names.length; p++) {
      int f = names[p];
      int k = drawn.indexOf(f);
      if (k >= 0) {
        addAt(s, k, gain);
      } else {
        // Not drawn, so not reached by this word yet (add draws); a form held twice enters once, with its first gain.
        if (s.pendingCount == s.pending.length) {
          s.pending = Arrays.copyOf(s.pending, s.pending.length * 2);
          s.pendingGain = Arrays.copyOf(s.pendingGain, s.pendingGain.length * 2);
          s.pendingWeight = Arrays.copyOf(s.pendingWeight, s.pendingWeight.length * 2);
        }
        s.pending[s.pendingCount] = f;
        s.pendingWeight[s.pendingCount] = weights[p];
        s.pendingGain[s.pendingCount++] = gain;
      }
    }
  }

  /**
   * Draws the held names: each enters with its first gain for the current word. When no held name can become the
   * best (its gain plus everything the words left can add, {@code after}, is at most the best so far), a held
   * name whose estimate cannot reach the 48th best that drawn names are already sure of is left out: it could
   * neither be selected nor move the relative floor, so the candidates are exactly those of drawing it. At a
   * million names this spares drawing most of a second common word's forms ("john" after "smith").
   */
  private void drawPending(Scratch s, double after, double queryWeight, double initialsBound) {
    double cut = Double.NEGATIVE_INFINITY;
    double reach = 0;
    if (s.pendingCount > PRUNE_MIN) {
      float most = 0;
      for (int k = 0; k < s.pendingCount; k++) {
        most = Math.max(most, s.pendingGain[k]);
      }
      reach = most + after;
      if (reach <= s.best) {
        cut = Math.max(MIN_ESTIMATE, sureEstimate(s, (float) (RELATIVE_FLOOR * (s.best + after)), queryWeight));
      }
    }
    for (int k = 0; k < s.pendingCount; k++) {
      if (cut > Double.NEGATIVE_INFINITY
          && estimate(reach + initialsBound, queryWeight, s.pendingWeight[k]) < cut - CUT_MARGIN) {
        continue;
      }
      add(s, s.pending[k], s.pendingWeight[k], s.pendingGain[k]);
    }
  }

  /**
   * The {@link #MAX_CANDIDATES}th best estimate among drawn names sure to stay above the relative floor (their
   * weight reaches {@code sureFloor} already), from their weight so far: a lower bound of the final
   * {@link #MAX_CANDIDATES}th best, since estimates only grow. Negative infinity when fewer are sure.
   */
  private double sureEstimate(Scratch s, float sureFloor, double queryWeight) {
    DrawnForms d = s.drawn;
    double[] top = s.sure;
    int size = 0;
    for (int k = 0; k < d.count; k++) {
      if (d.acc[k] < sureFloor) {
        continue;
      }
      double e = estimate(d.acc[k], queryWeight, d.weight[k]);
      if (size < MAX_CANDIDATES) {
        top[size++] = e;
        if (size == MAX_CANDIDATES) {
          Arrays.sort(top);
        }
      } else if (e > top[0]) {
        // Keep the MAX_CANDIDATES largest, smallest first: insert in order and drop the smallest.
        int at = 1;
        while (at < MAX_CANDIDATES && top[at] < e) {
          top[at - 1] = top[at];
          at++;
        }
        top[at - 1] = e;
      }
    }
    return size < MAX_CANDIDATES ? Double.NEGATIVE_INFINITY : top[0];
  }

  /** Adds a gain to each of {@code names}, whose form weights are {@code weights} (null: read from the index). */
  private void addNames(Scratch s, int[] names, float[] weights, double gain) {
    float g = (float) gain;
    for (int p = 0; p < names.length; p++) {
      int f = names[p];
      add(s, f, weights != null ? weights[p] : index.formWeight[f], g);
    }
  }

  /**
   * Adds {@code gain} to form {@code f} unless the current word or joined pair already did (the stamp), drawing
   * the form (whose {@link NameIndex#formWeight} is {@code formWeight}) if it is new, and keeps the best
   * accumulated weight.
   */
  private static void add(Scratch s, int f, float formWeight, float gain) {
    int k = s.drawn.indexOf(f);
    addAt(s, k >= 0 ? k : s.drawn.draw(f, formWeight), gain);
  }

  /** {@link #add} for the drawn form at position {@code k}. */
  private static void addAt(Scratch s, int k, float gain) {
    DrawnForms d = s.drawn;
    if (d.stamp[k] == s.stamp) {
      return;
    }
    d.stamp[k] = s.stamp;
    float acc = d.acc[k] + gain;
    d.acc[k] = acc;
    if (acc > s.best) {
      s.best = acc;
    }
  }

  /**
   * Keeps the names whose accumulated weight is a fair share of the best one, ranked by an estimate of the
   * final score (matched weight over query weight plus the listed weight left unmatched), so that among many
   * names sharing a common word the shortest come first. {@code queryInitials} is the query's count of one-letter
   * words ({@link #initialCount}).
   */
  private int[] select(Scratch s, PreparedName q, int queryInitials) {
    double queryWeight = q.totalWeight;
    double initialsBound = queryInitials * PreparedName.INITIAL_WEIGHT;
    int[] initialBits = new int[queryInitials];
    for (int i = 0, k = 0; i < q.size(); i++) {
      if (q.lengths[i] == 1) {
        initialBits[k++] = NameIndex.initialBit(q.firsts[i]);
      }
    }
    DrawnForms drawn = s.drawn;
    int count = drawn.count;
    float[] accs = drawn.acc;
    float best = 0;
    for (int k = 0; k < count; k++) {
      best = Math.max(best, accs[k]);
    }
    float[] weights = drawn.weight;
    float floor = (float) (best * RELATIVE_FLOOR);
    // The MAX_CANDIDATES best keys in a min-heap: keys are (estimate, name id), all distinct.
    long[] heap = s.heap;
    int size = 0;
    for (int k = 0; k < count; k++) {
      int n = drawn.forms[k];
      float a = accs[k];
      if (a < floor || a <= 0) {
        continue;
      }
      if (queryInitials > 0) {
        // The estimate grows with the matched weight: a name whose bound cannot enter is not worth the scan.
        long bound = key(estimate(a + initialsBound, queryWeight, weights[k]), n);
        if (bound == Long.MIN_VALUE || size == MAX_CANDIDATES && bound <= heap[0]) {
          continue;
        }
      }
      double matched = queryInitials > 0 ? a + initials(initialBits, index.formInitials[n]) : a;
      long kv = key(estimate(matched, queryWeight, weights[k]), n);
      if (kv == Long.MIN_VALUE) {
        continue;
      }
      if (size < MAX_CANDIDATES) {
        heap[size] = kv;
        siftUp(heap, size++);
      } else if (kv > heap[0]) {
        heap[0] = kv;
        siftDown(heap, size);
      }
    }
    int[] out = new int[size];
    for (int k = 0; k < size; k++) {
      out[k] = (int) heap[k];
    }
    return out;
  }

  private static double estimate(double matched, double queryWeight, float nameWeight) {
    return 2 * matched / (2 * matched + NameScorer.UNMATCHED_QUERY * Math.max(0, queryWeight - matched)
        + 0.4 * Math.max(0, nameWeight - matched) + 1e-9);
  }

  /** Sort key of a name with this estimate, or Long.MIN_VALUE below {@link #MIN_ESTIMATE}. */
  private static long key(double est, int n) {
    return est >= MIN_ESTIMATE ? ((long) Float.floatToIntBits((float) est) << 32) | n : Long.MIN_VALUE;
  }

  private static void siftUp(long[] h, int i) {
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (h[p] <= h[i]) {
        return;
      }
      long t = h[p];
      h[p] = h[i];
      h[i] = t;
      i = p;
    }
  }

  private static void siftDown(long[] h, int size) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        return;
      }
      int c = l + 1 < size && h[l + 1] < h[l] ? l + 1 : l;
      if (h[i] <= h[c]) {
        return;
      }
      long t = h[c];
      h[c] = h[i];
      h[i] = t;
      i = c;
    }
  }
}
