package io.embargo.match;

/**
 * A normalised token with its precomputed matching keys. Index tokens are built once; query tokens once per
 * query. Immutable.
 */
final class TokenInfo {
  final String text;
  final String rkey;
  final String phonetic;
  final String skeleton;
  final boolean transliterated;
  /** Index in the vocabulary for indexed tokens, -1 for query tokens. */
  final int id;
  /** {@link #letters} of {@link #text} and of {@link #rkey}: a cheap bound on their edit distances. */
  final long textLetters;
  final long rkeyLetters;

  TokenInfo(String text, boolean transliterated) {
    this(text, transliterated, -1);
  }

  TokenInfo(String text, boolean transliterated, int id) {
    this.id = id;
    this.text = text;
    this.transliterated = transliterated;
    this.rkey = Romanization.key(text);
    this.phonetic = Romanization.phonetic(text);
    this.skeleton = Romanization.skeleton(rkey);
    this.textLetters = letters(text);
    this.rkeyLetters = letters(rkey);
  }

  /**
   * The set of characters of {@code s} as bits (a–z, 0–9, anything else one shared bit). Each edit removes at
   * most one character kind that the other word lacks, so {@code bitCount(a & ~b)} is a lower bound on the
   * edit distance from a to b.
   */
  static long letters(String s) {
    long m = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      m |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 63);
    }
    return m;
  }

  /** A lower bound on the edit distance between two keys with these character sets. */
  static int distanceBound(long a, long b) {
    return Math.max(Long.bitCount(a & ~b), Long.bitCount(b & ~a));
  }

  static TokenInfo of(NameToken t) {
    return new TokenInfo(t.text(), t.transliterated());
  }

  int length() {
    return text.length();
  }

  @Override
  public String toString() {
    return text;
  }
}
