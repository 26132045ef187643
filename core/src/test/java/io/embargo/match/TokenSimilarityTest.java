package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Token similarity rules, and the character-set bound the edit-distance path relies on. */
class TokenSimilarityTest {
  private static double sim(String a, String b, MatchRule[] rule) {
    return TokenSimilarity.compute(new TokenInfo(a, false), new TokenInfo(b, false), rule);
  }

  @Test
  void aMovedDoubledLetterIsAnEditNotANameVariant() {
    MatchRule[] rule = new MatchRule[1];
    assertThat(sim("cooper", "copper", rule)).isEqualTo(TokenSimilarity.editSimilarity(1, 6));
    assertThat(rule[0]).isEqualTo(MatchRule.EDIT_DISTANCE);
    assertThat(sim("muhammmad", "muhammad", rule)).isEqualTo(TokenSimilarity.DOUBLED);
  }

  @Test
  void twoEditsAlignFromSixLettersOnlyAtTheLowestPairSimilarity() {
    MatchRule[] rule = new MatchRule[1];
    assertThat(sim("mkguep", "miguel", rule)).isEqualTo(TokenSimilarity.D2_SHORT);
    assertThat(TokenSimilarity.D2_SHORT).isLessThanOrEqualTo(0.6);
    assertThat(sim("eoup", "grup", rule)).isZero();
    assertThat(sim("stonex", "stanex", rule)).isEqualTo(TokenSimilarity.editSimilarity(1, 6));
  }

  @Property(tries = 2000)
  void characterSetsNeverOverestimateTheEditDistance(@ForAll @AlphaChars @StringLength(max = 12) String a,
      @ForAll @AlphaChars @StringLength(max = 12) String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    int bound = TokenInfo.distanceBound(TokenInfo.letters(x), TokenInfo.letters(y));
    assertThat(bound).isLessThanOrEqualTo(Similarity.osa(x, y, 30));
  }

  /**
   * The shortcut never rejects a pair the full rules score: words over a small alphabet with up to two random
   * edits (so that variants, edits, phonetic and skeleton matches are common), either side transliterated.
   */
  @Property(tries = 5000)
  void theShortcutRejectsOnlyPairsTheRulesLeaveUnmatched(
      @ForAll @StringLength(min = 1, max = 10) @net.jqwik.api.constraints.Chars({'a', 'e', 'i', 'o', 'u', 'y', 'h',
          'k', 'm', 'd', 's', 'z', 'j', 'l', '1'}) String a,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 2) int edits, @ForAll long seed,
      @ForAll boolean translitA, @ForAll boolean translitB) {
    java.util.Random rnd = new java.util.Random(seed);
    StringBuilder b = new StringBuilder(a);
    String alphabet = "aeiouyhkmdszjl";
    for (int e = 0; e < edits; e++) {
      int at = rnd.nextInt(b.length() + 1);
      switch (rnd.nextInt(3)) {
        case 0 -> b.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
        case 1 -> { if (at < b.length() && b.length() > 1) b.deleteCharAt(at); }
        default -> { if (at < b.length()) b.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length()))); }
      }
    }
    TokenInfo x = new TokenInfo(a, translitA, a.contentEquals(b) ? 0 : -1);
    TokenInfo y = new TokenInfo(b.toString(), translitB, 0);
    long[] vocab = new long[TokenInfo.SIGNATURE_LONGS];
    y.signature(vocab, 0);
    MatchRule[] rule = new MatchRule[1];
    double full = TokenSimilarity.computeFully(x, y, rule, null);
    if (full > 0) {
      assertThat(TokenSimilarity.cannotMatch(x, y)).as("%s / %s scored %s by %s", a, b, full, rule[0]).isFalse();
      assertThat(TokenSimilarity.cannotMatch(x, vocab, 0)).as("%s / %s by signature", a, b).isFalse();
    }
    assertThat(TokenSimilarity.compute(x, y, rule)).isEqualTo(full);
  }

  @Test
  void theShortcutKeepsKnownVariants() {
    String[][] pairs = {{"mohammed", "muhammad"}, {"prigozhin", "prigojin"}, {"cooper", "copper"},
        {"yevgeniy", "evgeny"}, {"khalil", "halil"}, {"a", "abdul"}, {"schmidt", "shmit"}, {"qcyber", "cyber"}};
    for (String[] p : pairs) {
      TokenInfo x = new TokenInfo(p[0], false);
      TokenInfo y = new TokenInfo(p[1], true);
      if (TokenSimilarity.computeFully(x, y, null, null) > 0) {
        assertThat(TokenSimilarity.cannotMatch(x, y)).as(p[0] + "/" + p[1]).isFalse();
      }
    }
    MatchRule[] rule = new MatchRule[1];
    // Phonetic matches lie beyond two edits, where only the code can keep them.
    assertThat(sim("schmidt", "shmit", rule)).isEqualTo(TokenSimilarity.PHONETIC);
    assertThat(sim("geoffrey", "jeffrey", rule)).isEqualTo(TokenSimilarity.PHONETIC);
    assertThat(rule[0]).isEqualTo(MatchRule.PHONETIC);
    assertThat(TokenSimilarity.cannotMatch(new TokenInfo("group", false), new TokenInfo("trading", false))).isTrue();
  }
}
