package io.embargo.match;

import java.util.Arrays;

/**
 * Blocking: finds the few indexed names worth scoring for a query. Each query token reaches vocabulary tokens
 * by exact text, romanisation key, Double Metaphone, consonant skeleton (transliterated tokens) and the
 * one-deletion neighbourhood (typos); neighbouring query tokens joined reach listed words, and listed
 * neighbours joined reach a query word. Every name posted under a reached token accumulates the token's
 * weight; the best-accumulating names are the candidates. Thread-safe: scratch arrays are per thread.
 */
final class CandidateFinder {
  /** Most names scored per query analysis. */
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

  /** Names whose estimated score is below this are not scored at all. */
  static final double MIN_ESTIMATE = 0.35;

  private final NameIndex index;
  private final ThreadLocal<Scratch> scratch;

  CandidateFinder(NameIndex index) {
    this.index = index;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(index.names.length, index.vocabInfo.length));
  }

  private static final class Scratch {
    final float[] acc;
    final int[] lastToken;
    final int[] vocabMark;
    int[] touched = new int[1024];
    int touchedCount;
    int stamp;
    int vocabStamp;

    Scratch(int names, int vocab) {
      acc = new float[names];
      lastToken = new int[names];
      vocabMark = new int[vocab];
    }
  }

  /** Candidate name ids, best first. */
  int[] find(PreparedName q) {
    Scratch s = scratch.get();
    s.touchedCount = 0;
    boolean anyCore = false;
    int coreTokens = 0;
    for (int i = 0; i < q.size(); i++) {
      if (!q.weak[i] && q.tokens[i].length() > 1) {
        anyCore = true;
        coreTokens++;
      }
    }
    int common = Math.max(COMMON_MIN, index.names.length / COMMON_SHARE);
    for (int i = 0; i < q.size(); i++) {
      TokenInfo t = q.tokens[i];
      if (t.length() < 2 || anyCore && q.weak[i]) {
        continue;
      }
      s.stamp++;
      s.vocabStamp++;
      double w = q.weights[i];
      Integer exact = index.vocab.get(t.text);
      if (exact != null && coreTokens >= 2 && index.postings[exact].length > common) {
        continue;
      }
      visitVocab(s, exact, 1.0, w);
      visitAll(s, index.byRkey.get(t.rkey), 0.95, w);
      if (t.length() == 3 && exact == null) {
        visitAll(s, index.byDeletion.get(t.text), 0.8, w);
      }
      if (t.length() >= 4 && exact == null) {
        visitAll(s, index.byPhonetic.get(t.phonetic), 0.8, w);
        for (String d : NameIndex.deletions(t.text)) {
          int[] vs = index.byDeletion.get(d);
          if (vs != null) {
            for (int v : vs) {
              if (s.vocabMark[v] != s.vocabStamp
                  && Similarity.osa(t.text, index.vocabInfo[v].text, 2) <= 2) {
                visitVocab(s, v, 0.85, w);
              }
            }
          }
        }
      }
      if (t.length() >= 6 && exact == null) {
        for (String d : deletions2(t.text)) {
          int[] vs = index.byDeletion.get(d);
          if (vs != null) {
            for (int v : vs) {
              if (s.vocabMark[v] != s.vocabStamp
                  && Similarity.osa(t.text, index.vocabInfo[v].text, 2) <= 2) {
                visitVocab(s, v, 0.75, w);
              }
            }
          }
        }
      }
      if (t.transliterated && t.skeleton.length() >= 2) {
        visitAll(s, index.bySkeleton.get(t.skeleton), 0.8, w);
      }
      int[] joinedNames = index.joined.get(t.text);
      if (joinedNames != null) {
        addNames(s, joinedNames, 0.95 * weight(w, 5.0));
      }
      if (i + 1 < q.size()) {
        s.stamp++;
        Integer v = index.vocab.get(q.joins[i]);
        if (v != null) {
          addNames(s, index.postings[v], 0.95 * index.idf[v]);
        }
      }
    }
    return select(s, q);
  }

  /** Strings two deletions away (the index holds one-deletion keys, so this reaches distance 2 and some 3). */
  static java.util.List<String> deletions2(String s) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      for (int j = i + 1; j < s.length(); j++) {
        out.add(s.substring(0, i) + s.substring(i + 1, j) + s.substring(j + 1));
      }
    }
    return out;
  }

  /** Weight of the query's initials that some word of the name starts with. */
  private static double initials(PreparedName q, PreparedName c) {
    double w = 0;
    for (TokenInfo t : q.tokens) {
      if (t.length() == 1) {
        for (TokenInfo u : c.tokens) {
          if (u.length() > 1 && u.text.charAt(0) == t.text.charAt(0)) {
            w += PreparedName.INITIAL_WEIGHT;
            break;
          }
        }
      }
    }
    return w;
  }

  private static double weight(double w, double fallback) {
    return w < 0 ? -w * fallback : w;
  }

  private void visitAll(Scratch s, int[] vocabIds, double sim, double w) {
    if (vocabIds != null) {
      for (int v : vocabIds) {
        visitVocab(s, v, sim, w);
      }
    }
  }

  private void visitVocab(Scratch s, Integer v, double sim, double w) {
    if (v == null || s.vocabMark[v] == s.vocabStamp) {
      return;
    }
    s.vocabMark[v] = s.vocabStamp;
    double weight = w < 0 ? -w * index.idf[v] : w;
    addNames(s, index.postings[v], sim * weight);
  }

  private static void addNames(Scratch s, int[] names, double add) {
    float a = (float) add;
    for (int n : names) {
      if (s.lastToken[n] == s.stamp) {
        continue;
      }
      if (s.acc[n] == 0f) {
        if (s.touchedCount == s.touched.length) {
          s.touched = Arrays.copyOf(s.touched, s.touched.length * 2);
        }
        s.touched[s.touchedCount++] = n;
      }
      s.lastToken[n] = s.stamp;
      s.acc[n] += a;
    }
  }

  /**
   * Keeps the names whose accumulated weight is a fair share of the best one, ranked by an estimate of the
   * final score (matched weight over query weight plus the listed weight left unmatched), so that among many
   * names sharing a common word the shortest come first.
   */
  private int[] select(Scratch s, PreparedName q) {
    double queryWeight = q.totalWeight;
    boolean hasInitials = false;
    for (TokenInfo t : q.tokens) {
      hasInitials |= t.length() == 1;
    }
    int count = s.touchedCount;
    float best = 0;
    for (int k = 0; k < count; k++) {
      best = Math.max(best, s.acc[s.touched[k]]);
    }
    float floor = (float) (best * RELATIVE_FLOOR);
    long[] keyed = new long[count];
    int kept = 0;
    for (int k = 0; k < count; k++) {
      int n = s.touched[k];
      float a = s.acc[n];
      s.acc[n] = 0f;
      if (a >= floor && a > 0) {
        double matched = hasInitials ? a + initials(q, index.names[n]) : a;
        double est = 2 * matched / (2 * matched + NameScorer.UNMATCHED_QUERY * Math.max(0, queryWeight - matched)
            + 0.4 * Math.max(0, index.nameWeight[n] - matched) + 1e-9);
        if (est >= MIN_ESTIMATE) {
          keyed[kept++] = ((long) Float.floatToIntBits((float) est) << 32) | n;
        }
      }
    }
    Arrays.sort(keyed, 0, kept);
    int take = Math.min(kept, MAX_CANDIDATES);
    int[] out = new int[take];
    for (int k = 0; k < take; k++) {
      out[k] = (int) keyed[kept - 1 - k];
    }
    return out;
  }
}
