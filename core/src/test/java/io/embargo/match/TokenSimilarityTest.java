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
}
