package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

class SimilarityTest {

  @Test
  void knownValues() {
    assertThat(Similarity.osa("martha", "marhta", 3)).isEqualTo(1);
    assertThat(Similarity.osa("kitten", "sitting", 5)).isEqualTo(3);
    assertThat(Similarity.osa("kitten", "sitting", 2)).isEqualTo(3);
    assertThat(Similarity.osa("", "abc", 5)).isEqualTo(3);
    assertThat(Similarity.jaroWinkler("MARTHA", "MARHTA")).isCloseTo(0.9611, within(1e-4));
  }

  @Property
  void jaroWinklerAgreesWithCommonsText(@ForAll @AlphaChars @StringLength(max = 20) String a,
      @ForAll @AlphaChars @StringLength(max = 20) String b) {
    assertThat(Similarity.jaroWinkler(a, b)).isCloseTo(new JaroWinklerSimilarity().apply(a, b), within(1e-9));
  }

  @Property
  void osaIsBetweenHalfAndAllOfLevenshtein(@ForAll @StringLength(max = 12) @AlphaChars String a,
      @ForAll @StringLength(max = 12) @AlphaChars String b) {
    int lev = LevenshteinDistance.getDefaultInstance().apply(a, b);
    int osa = Similarity.osa(a, b, 100);
    assertThat(osa).isLessThanOrEqualTo(lev);
    assertThat(2 * osa).isGreaterThanOrEqualTo(lev);
  }

  @Property
  void boundedOsaSaysOnlyThatItExceeds(@ForAll @StringLength(max = 12) @AlphaChars String a,
      @ForAll @StringLength(max = 12) @AlphaChars String b) {
    int full = Similarity.osa(a, b, 100);
    assertThat(Similarity.osa(a, b, 2)).isEqualTo(Math.min(full, 3));
  }

  @Property
  void osaCountsOneTranspositionAsOneEdit(@ForAll @StringLength(min = 2, max = 12) @AlphaChars String a) {
    char[] c = a.toCharArray();
    char t = c[0];
    c[0] = c[1];
    c[1] = t;
    String b = new String(c);
    assertThat(Similarity.osa(a, b, 5)).isEqualTo(a.equals(b) ? 0 : 1);
    assertThat(LevenshteinDistance.getDefaultInstance().apply(a, b)).isEqualTo(a.equals(b) ? 0 : 2);
  }
}
