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

  TokenInfo(String text, boolean transliterated) {
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
