package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Properties of the normalisation chain. */
class NormalizationPropertiesTest {
  private static final Transliterator TO_CYRILLIC = Transliterator.getInstance("Latin-Russian/BGN");
  private static final NameScorer SCORER = new NameScorer(10);

  private static String joined(List<NameToken> tokens) {
    return tokens.stream().map(NameToken::text).collect(Collectors.joining(" "));
  }

  // Once failed on a rare input whose transliteration glued a legal form to a word at the sixteen-token cap
  // (splitting it made seventeen tokens); NameAnalyzerTest pins that case.
  @Property(tries = 3000)
  void normalisingTwiceChangesNothing(@ForAll @StringLength(max = 40) String s) {
    List<NameToken> once = NameAnalyzer.analyzeFirst(s);
    List<NameToken> twice = NameAnalyzer.analyzeFirst(joined(once));
    assertThat(joined(twice)).isEqualTo(joined(once));
  }

  @Property
  void tokensAreLowerCaseAsciiLettersAndDigits(@ForAll @StringLength(max = 40) String s) {
    for (NameToken t : NameAnalyzer.analyzeFirst(s)) {
      assertThat(t.text()).matches("[a-z0-9]+");
    }
  }

  @Property(tries = 200)
  void aCyrillicSpellingNormalisesCloseToTheLatinName(@ForAll("russianNames") String latin) {
    String cyrillic = TO_CYRILLIC.transliterate(latin);
    double best = 0;
    for (List<NameToken> c : NameAnalyzer.analyze(cyrillic)) {
      PreparedName q = PreparedName.of(c, TokenInfo::of, t -> 5.0);
      PreparedName l = PreparedName.of(NameAnalyzer.analyzeFirst(latin), TokenInfo::of, t -> 5.0);
      best = Math.max(best, SCORER.score(q, l));
    }
    assertThat(best).as("%s / %s", latin, cyrillic).isGreaterThanOrEqualTo(0.8);
  }

  @Provide
  Arbitrary<String> russianNames() {
    Arbitrary<String> given = Arbitraries.of("Vladimir", "Yevgeniy", "Sergey", "Aleksandr", "Dmitriy", "Mikhail",
        "Oleg", "Igor", "Andrey", "Nikolay", "Pavel", "Yuriy");
    Arbitrary<String> family = Arbitraries.of("Prigozhin", "Khodorkovskiy", "Ivanov", "Sechin", "Deripaska",
        "Vekselberg", "Rotenberg", "Timchenko", "Kovalchuk", "Shoygu", "Patrushev", "Zhukov", "Chemezov");
    Arbitrary<String> suffix = Arbitraries.of("", " Olegovich", " Viktorovich", " Ivanovich");
    return net.jqwik.api.Combinators.combine(given, family, suffix).as((g, f, s) -> g + s + " " + f);
  }
}
