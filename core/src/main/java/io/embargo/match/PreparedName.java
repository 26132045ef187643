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
  /** Whether token i is a weak word (honorific, generic organisation word, particle). */
  final boolean[] weak;
  /** Whether token i is the first or last word of the whole name (legal forms included). */
  final boolean[] edge;
  /** Concatenation of token i and i+1. */
  final String[] joins;
  /** Vocabulary id of token i ({@link TokenInfo#id}), flat for the candidate finder. */
  final int[] ids;
  /**
   * Token i packed for the scorer's per-candidate loops, so that one array serves them: first character
   * ({@code >>> 16}), length capped at 255 ({@code >>> 8 & 0xFF}), weak ({@code & 2}), edge ({@code & 1}).
   */
  final int[] shape;
  /** Length and first character of token i, flat for the joined-word checks of every candidate. */
  final int[] lengths;
  final char[] firsts;
  /** Legal forms as written (normalised) and their canonical forms. */
  final String[] legal;
  final String[] legalCanonical;
  /** Sum of the token weights (unknown tokens counted as {@link #UNKNOWN_ESTIMATE}), for candidate ranking. */
  final double totalWeight;
  /** Rough weight of a token the index has never seen. */
  static final double UNKNOWN_ESTIMATE = 8.0;

  private PreparedName(TokenInfo[] tokens, double[] weights, boolean[] weak, boolean[] edge, String[] legal,
      String[] legalCanonical) {
    this.tokens = tokens;
    this.weak = weak;
    this.edge = edge;
    this.weights = weights;
    this.legal = legal;
    this.legalCanonical = legalCanonical;
    double tw = 0;
    for (double w : weights) {
      tw += w < 0 ? -w * UNKNOWN_ESTIMATE : w;
    }
    this.totalWeight = tw;
    this.ids = new int[tokens.length];
    this.shape = new int[tokens.length];
    this.lengths = new int[tokens.length];
    this.firsts = new char[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      ids[i] = tokens[i].id;
      shape[i] = tokens[i].text.charAt(0) << 16 | Math.min(0x3FFF, tokens[i].length()) << 2 | (weak[i] ? 2 : 0)
          | (edge[i] ? 1 : 0);
      lengths[i] = tokens[i].length();
      firsts[i] = tokens[i].text.charAt(0);
    }
    this.joins = new String[Math.max(0, tokens.length - 1)];
    for (int i = 0; i + 1 < tokens.length; i++) {
      joins[i] = tokens[i].text + tokens[i + 1].text;
    }
  }

  /**
   * @param tokens analysed tokens
   * @param infos maps a token to its (possibly shared) {@link TokenInfo}
   * @param idf rarity of a token, negative when unknown
   */
  static PreparedName of(List<NameToken> tokens, java.util.function.Function<NameToken, TokenInfo> infos,
      ToDoubleFunction<TokenInfo> idf) {
    List<TokenInfo> ts = new ArrayList<>(tokens.size());
    List<TokenKind> kinds = new ArrayList<>(tokens.size());
    List<Boolean> edges = new ArrayList<>(tokens.size());
    List<String> legal = new ArrayList<>();
    List<String> canon = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      NameToken t = tokens.get(k);
      if (t.kind() == TokenKind.LEGAL) {
        legal.add(t.text());
        canon.add(t.legalForm());
      } else {
        ts.add(infos.apply(t));
        kinds.add(t.kind());
        edges.add(k == 0 || k == tokens.size() - 1);
      }
    }
    boolean[] weak = new boolean[ts.size()];
    boolean[] edge = new boolean[ts.size()];
    for (int i = 0; i < weak.length; i++) {
      weak[i] = kinds.get(i) != TokenKind.CORE;
      edge[i] = edges.get(i);
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
        double v = idf.applyAsDouble(t);
        w[i] = v < 0 ? -1 : v;
      }
    }
    return new PreparedName(ts.toArray(new TokenInfo[0]), w, weak, edge, legal.toArray(new String[0]),
        canon.toArray(new String[0]));
  }

  int size() {
    return tokens.length;
  }

  boolean isEmpty() {
    return tokens.length == 0;
  }
}
