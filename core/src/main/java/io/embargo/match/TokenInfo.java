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
  /**
   * The fields {@link TokenSimilarity#cannotMatch} reads, packed so that the index can hold them for its whole
   * vocabulary in one flat array ({@link #signature}): {@link #textLetters} with the text and key lengths
   * ({@link #TEXT_LENGTH}, {@link #RKEY_LENGTH}, at most 255) and two flags above the letter bits; then
   * {@link #rkeyLetters}; the key's and the phonetic code's hashes; the skeleton's hash.
   */
  final long sigText;
  final long sigHashes;
  final long sigSkeleton;
  /** The text's hash, for the rare pair compared without vocabulary ids. */
  final int textHash;

  static final int SIGNATURE_LONGS = 4;
  static final long LETTER_BITS = (1L << 37) - 1;
  static final int TEXT_LENGTH = 40;
  static final int RKEY_LENGTH = 48;
  static final long LETTER_FIRST = 1L << 56;
  static final long TRANSLITERATED = 1L << 57;

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
    this.textHash = text.hashCode();
    this.sigText = textLetters | (long) Math.min(text.length(), 255) << TEXT_LENGTH
        | (long) Math.min(rkey.length(), 255) << RKEY_LENGTH
        | (!text.isEmpty() && Character.isLetter(text.charAt(0)) ? LETTER_FIRST : 0)
        | (transliterated ? TRANSLITERATED : 0);
    this.sigHashes = (long) rkey.hashCode() << 32 | (phonetic.hashCode() & 0xFFFFFFFFL);
    this.sigSkeleton = skeleton.hashCode();
  }

  /** Writes this token's {@link #SIGNATURE_LONGS} signature longs at {@code to[at]}. */
  void signature(long[] to, int at) {
    to[at] = sigText;
    to[at + 1] = rkeyLetters;
    to[at + 2] = sigHashes;
    to[at + 3] = sigSkeleton;
  }

  /**
   * The set of characters of {@code s} as bits (a–z, 0–9, anything else one shared bit: 37 bits). Each edit removes at
   * most one character kind that the other word lacks, so {@code bitCount(a & ~b)} is a lower bound on the
   * edit distance from a to b.
   */
  static long letters(String s) {
    long m = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      m |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36);
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
