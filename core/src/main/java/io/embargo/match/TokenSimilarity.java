package io.embargo.match;

/**
 * Similarity of two tokens in [0,1] and the rule that produced it. The rules are tried strongest first:
 * exact, name variant / romanisation key, initial, edit distance (typos, transpositions, doubled letters),
 * Double Metaphone, consonant skeleton (only when a side was transliterated). Thread-safe.
 */
final class TokenSimilarity {
  static final double VARIANT = 0.95;
  /** Same word up to doubled letters ("Muhammmad", "Cicko" / "Ciccko"). */
  static final double DOUBLED = 0.9;
  static final double INITIAL = 0.88;
  static final double PHONETIC = 0.8;
  /** Double Metaphone alone is too lax ("Seadrill" / "Streloy"): the spelling must also be close. */
  static final double PHONETIC_MIN_JW = 0.85;
  static final double SKELETON = 0.84;
  static final double JOINED_EXACT = 0.93;
  static final double JOINED_EDIT = 0.86;

  /**
   * Two edits in a word of six letters ("Mkguep" / "Miguel") still align, at the lowest pair similarity: the
   * pair then costs less than two unmatched words but never carries a name on its own.
   */
  static final int D2_MIN = 6;
  static final double D2_SHORT = 0.6;

  private TokenSimilarity() {}

  /** Packs a similarity and its rule into one long-free result: the rule in {@link #lastRule}-free style. */
  static double score(TokenInfo q, TokenInfo c) {
    return compute(q, c, null);
  }

  /** Like {@link #score}, also reporting the rule into {@code rule[0]}. */
  static double compute(TokenInfo q, TokenInfo c, MatchRule[] rule) {
    return compute(q, c, rule, null);
  }

  /** Like {@link #compute(TokenInfo, TokenInfo, MatchRule[])} with the caller's edit-distance row buffers. */
  static double compute(TokenInfo q, TokenInfo c, MatchRule[] rule, int[][] rows) {
    return cannotMatch(q, c) ? set(rule, MatchRule.UNMATCHED, 0) : computeFully(q, c, rule, rows);
  }

  /** {@link #compute} without the {@link #cannotMatch} shortcut: the reference the shortcut is tested against. */
  static double computeFully(TokenInfo q, TokenInfo c, MatchRule[] rule, int[][] rows) {
    String a = q.text;
    String b = c.text;
    boolean translit = q.transliterated || c.transliterated;
    // The hashes were computed once per word; comparing them first spares most string comparisons.
    if (q.textHash == c.textHash && a.equals(b)) {
      return set(rule, translit ? MatchRule.TRANSLITERATED : MatchRule.EXACT, 1.0);
    }
    int la = a.length();
    int lb = b.length();
    if ((q.sigHashes >>> 32) == (c.sigHashes >>> 32) && q.rkey.equals(c.rkey)) {
      if (Romanization.collapseDoubles(a).equals(Romanization.collapseDoubles(b))) {
        if (la == lb) {
          // The doubled letter moved ("Cooper" / "Copper"): a different word one substitution away, not a variant.
          return set(rule, MatchRule.EDIT_DISTANCE, editSimilarity(Similarity.osa(a, b, 2), la));
        }
        return set(rule, translit ? MatchRule.TRANSLITERATED : MatchRule.EDIT_DISTANCE, DOUBLED);
      }
      return set(rule, translit ? MatchRule.TRANSLITERATED : MatchRule.NAME_VARIANT, VARIANT);
    }
    if (la == 1 || lb == 1) {
      // Only a query initial stands for a listed word: a listed single letter ("C&I", "Emily S") says too little.
      if (la == 1 && lb > 1 && a.charAt(0) == b.charAt(0) && Character.isLetter(a.charAt(0))) {
        return set(rule, MatchRule.INITIAL, INITIAL);
      }
      return set(rule, MatchRule.UNMATCHED, 0);
    }
    int minLen = Math.min(la, lb);
    if (minLen < 3 || !Character.isLetter(a.charAt(0)) || !Character.isLetter(b.charAt(0))) {
      return skeletonMatch(q, c, la, lb) ? set(rule, MatchRule.TRANSLITERATED, SKELETON)
          : set(rule, MatchRule.UNMATCHED, 0);
    }
    double best = editSimilarity(a, b, q.textLetters, c.textLetters, rows);
    int ra = q.rkey.length();
    int rb = c.rkey.length();
    if (best < 0.9 && ra >= 3 && rb >= 3 && !(q.rkey.equals(a) && c.rkey.equals(b))) {
      best = Math.max(best, editSimilarity(q.rkey, c.rkey, q.rkeyLetters, c.rkeyLetters, rows));
    }
    MatchRule r = best > 0 ? (translit ? MatchRule.TRANSLITERATED : MatchRule.EDIT_DISTANCE) : MatchRule.UNMATCHED;
    if (best < PHONETIC && minLen >= 5 && (int) q.sigHashes == (int) c.sigHashes && q.phonetic.equals(c.phonetic)
        && (double) minLen / Math.max(la, lb) >= 0.7 && Similarity.jaroWinkler(a, b) >= PHONETIC_MIN_JW) {
      best = PHONETIC;
      r = MatchRule.PHONETIC;
    }
    if (best < SKELETON && skeletonMatch(q, c, la, lb)) {
      best = SKELETON;
      r = MatchRule.TRANSLITERATED;
    }
    return set(rule, r, best);
  }

  /**
   * True when no rule of {@link #compute} can give the pair a similarity: different texts and romanisation keys
   * (by hash), no initial, lengths or letter sets too far apart for an edit, different phonetic codes and no
   * shared skeleton. Most pairs a query meets end here. Never true for a pair that {@code computeFully} scores
   * above 0: a hash can only collide towards "maybe", and the length bounds hold for lengths capped at 255.
   */
  static boolean cannotMatch(TokenInfo q, TokenInfo c) {
    return q.textHash != c.textHash && cannotMatch(q, c.sigText, c.rkeyLetters, c.sigHashes, c.sigSkeleton);
  }

  /**
   * {@link #cannotMatch(TokenInfo, TokenInfo)} against vocabulary token {@code id}, read from the index's flat
   * signatures ({@link TokenInfo#signature}) so that the token object is not touched: the object and its four
   * strings are scattered over the heap, and this is the scorer's most frequent question. Texts are equal
   * only when the ids are: a query word the vocabulary lacks has id -1.
   */
  static boolean cannotMatch(TokenInfo q, long[] signatures, int id) {
    int at = id * TokenInfo.SIGNATURE_LONGS;
    return q.id != id
        && cannotMatch(q, signatures[at], signatures[at + 1], signatures[at + 2], signatures[at + 3]);
  }

  private static boolean cannotMatch(TokenInfo q, long cText, long cRkeyLetters, long cHashes, long cSkeleton) {
    if ((int) (q.sigHashes >>> 32) == (int) (cHashes >>> 32)) {
      return false;
    }
    int la = (int) (q.sigText >>> TokenInfo.TEXT_LENGTH) & 0xFF;
    int lb = (int) (cText >>> TokenInfo.TEXT_LENGTH) & 0xFF;
    if (la == 1 || lb == 1) {
      return false;
    }
    if (((q.sigText | cText) & TokenInfo.TRANSLITERATED) != 0 && q.sigSkeleton == cSkeleton) {
      return false;
    }
    int minLen = Math.min(la, lb);
    if (minLen < 3 || (q.sigText & cText & TokenInfo.LETTER_FIRST) == 0) {
      return true;
    }
    if (withinEdits(la, lb, q.sigText & TokenInfo.LETTER_BITS, cText & TokenInfo.LETTER_BITS)) {
      return false;
    }
    int ra = (int) (q.sigText >>> TokenInfo.RKEY_LENGTH) & 0xFF;
    int rb = (int) (cText >>> TokenInfo.RKEY_LENGTH) & 0xFF;
    if (ra >= 3 && rb >= 3 && withinEdits(ra, rb, q.rkeyLetters, cRkeyLetters)) {
      return false;
    }
    return minLen < 5 || (int) q.sigHashes != (int) cHashes;
  }

  /** Whether words of these lengths and letter sets may be within the edits {@link #editSimilarity} counts. */
  private static boolean withinEdits(int la, int lb, long lettersA, long lettersB) {
    int max = Math.max(la, lb) >= D2_MIN ? 2 : 1;
    return Math.abs(la - lb) <= max && TokenInfo.distanceBound(lettersA, lettersB) <= max;
  }

  /**
   * {@link #editSimilarity(int, int)} of two words, computing the distance only when it can be worth something:
   * two edits count from {@link #D2_MIN} letters on, one below, and the character sets already bound the distance.
   */
  private static double editSimilarity(String a, String b, long lettersA, long lettersB, int[][] rows) {
    int longer = Math.max(a.length(), b.length());
    int max = longer >= D2_MIN ? 2 : 1;
    if (Math.abs(a.length() - b.length()) > max || TokenInfo.distanceBound(lettersA, lettersB) > max) {
      return 0;
    }
    return editSimilarity(Similarity.osa(a, b, max, rows), longer);
  }

  /**
   * What an edit distance is worth for words of this length (the longer word's, so that a dropped letter is
   * judged by the word it was dropped from): short words tolerate less.
   */
  static double editSimilarity(int d, int minLen) {
    if (d == 0) {
      return 1.0;
    }
    if (d == 1) {
      return minLen >= 9 ? 0.93 : minLen >= 7 ? 0.9 : minLen == 6 ? 0.86 : minLen == 5 ? 0.82 : minLen == 4 ? 0.76 : 0.62;
    }
    if (d == 2) {
      return minLen >= 9 ? 0.8 : minLen >= 7 ? 0.7 : minLen >= D2_MIN ? D2_SHORT : 0;
    }
    return 0;
  }

  /**
   * Same consonant skeleton, one side transliterated (Arabic and Hebrew write no short vowels): two consonants
   * or more, or one for words of at most three letters ("ly" / "Ali").
   */
  private static boolean skeletonMatch(TokenInfo q, TokenInfo c, int la, int lb) {
    return (q.transliterated || c.transliterated) && Character.isLetter(q.text.charAt(0))
        && q.skeleton.equals(c.skeleton)
        && (q.skeleton.length() >= 2 || !q.skeleton.isEmpty() && Math.max(la, lb) <= 3);
  }

  /** Similarity of a joined pair of words with one word ("Q Cyber" / "QCyber"). */
  static double joined(String concatenated, String single) {
    if (Math.abs(concatenated.length() - single.length()) > 1 || concatenated.charAt(0) != single.charAt(0)) {
      return 0;
    }
    if (concatenated.equals(single)) {
      return JOINED_EXACT;
    }
    if (single.length() >= 6 && Similarity.osa(concatenated, single, 1) <= 1) {
      return JOINED_EDIT;
    }
    return 0;
  }

  private static double set(MatchRule[] rule, MatchRule r, double v) {
    if (rule != null) {
      rule[0] = r;
    }
    return v;
  }
}
