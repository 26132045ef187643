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
