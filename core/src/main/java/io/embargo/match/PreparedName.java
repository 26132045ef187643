package io.embargo.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A name ready for alignment: its non-legal tokens with keys and rarity weights, the legal forms set aside,
 * and the concatenations of neighbouring tokens (for joined/split words). Immutable once built.
 */
final class PreparedName {
  /** Weight of a one-letter token (an initial): it says little on its own. */
  static final double INITIAL_WEIGHT = 1.5;

  final TokenInfo[] tokens;
  /** Rarity weight per token times its kind's factor; negative when the token is unknown to the index. */
  final double[] weights;
  /** Concatenation of token i and i+1. */
  final String[] joins;
  /** Legal forms as written (normalised) and their canonical forms. */
  final String[] legal;
  final String[] legalCanonical;

  private PreparedName(TokenInfo[] tokens, double[] weights, String[] legal, String[] legalCanonical) {
    this.tokens = tokens;
    this.weights = weights;
    this.legal = legal;
    this.legalCanonical = legalCanonical;
    this.joins = new String[Math.max(0, tokens.length - 1)];
    for (int i = 0; i + 1 < tokens.length; i++) {
      joins[i] = tokens[i].text + tokens[i + 1].text;
    }
  }

  /**
   * @param tokens analysed tokens
   * @param infos maps a token to its (possibly shared) {@link TokenInfo}
   * @param idf rarity of a token text, negative when unknown
   */
  static PreparedName of(List<NameToken> tokens, java.util.function.Function<NameToken, TokenInfo> infos,
      ToDoubleFunction<String> idf) {
    List<TokenInfo> ts = new ArrayList<>(tokens.size());
    List<TokenKind> kinds = new ArrayList<>(tokens.size());
    List<String> legal = new ArrayList<>();
    List<String> canon = new ArrayList<>();
    for (NameToken t : tokens) {
      if (t.kind() == TokenKind.LEGAL) {
        legal.add(t.text());
        canon.add(t.legalForm());
      } else {
        ts.add(infos.apply(t));
        kinds.add(t.kind());
      }
    }
    double[] w = new double[ts.size()];
    for (int i = 0; i < w.length; i++) {
      TokenInfo t = ts.get(i);
      TokenKind kind = kinds.get(i);
      if (kind != TokenKind.CORE) {
        w[i] = kind.fixedWeight();
      } else if (t.length() == 1) {
        w[i] = INITIAL_WEIGHT;
      } else {
        double v = idf.applyAsDouble(t.text);
        w[i] = v < 0 ? -1 : v;
      }
    }
    return new PreparedName(ts.toArray(new TokenInfo[0]), w, legal.toArray(new String[0]),
        canon.toArray(new String[0]));
  }

  int size() {
    return tokens.length;
  }

  boolean isEmpty() {
    return tokens.length == 0;
  }
}
