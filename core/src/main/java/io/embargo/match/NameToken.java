package io.embargo.match;

/**
 * One normalised token of a name.
 *
 * @param text lower-case ASCII letters and digits
 * @param kind core or one of the weak kinds
 * @param legalForm canonical legal form when {@code kind} is {@link TokenKind#LEGAL}, else null
 * @param transliterated whether the token came from another script
 */
record NameToken(String text, TokenKind kind, String legalForm, boolean transliterated) {
  NameToken withKind(TokenKind k, String legal) {
    return new NameToken(text, k, legal, transliterated);
  }
}
