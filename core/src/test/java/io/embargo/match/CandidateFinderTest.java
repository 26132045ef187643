package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which listed names the blocking step hands to the scorer. */
class CandidateFinderTest {
  private static final NameIndex INDEX = ((IndexedScreener) Screener.builder().add(entries()).build()).index();
  private static final CandidateFinder FINDER = new CandidateFinder(INDEX);

  private static List<ListEntry> entries() {
    List<ListEntry> l = new ArrayList<>();
    l.add(person("streloy", "Ivan STRELOY"));
    l.add(person("strelloy", "Ivan STRELLOY"));
    l.add(person("seadrill", "Seadrill Partners"));
    l.add(person("smith", "John SMITH"));
    l.add(person("smyth", "Peter SMYTH"));
    for (int i = 0; i < 20; i++) {
      l.add(person("filler" + i, "Filler" + i + " Trading"));
    }
    return l;
  }

  private static ListEntry person(String key, String name) {
    return ListEntry.builder(ListId.UK, key).type(PartyType.PERSON).name(name).build();
  }

  /** The candidates' token texts, each name's words joined by a space. */
  private static List<String> candidates(String query) {
    PreparedName q = PreparedName.of(NameAnalyzer.analyzeFirst(query), t -> {
      Integer v = INDEX.vocab.get(t.text());
      return v == null ? TokenInfo.of(t) : INDEX.vocabInfo[v];
    }, t -> t.id >= 0 ? INDEX.idf[t.id] : -1);
    return Arrays.stream(FINDER.find(q)).mapToObj(f -> Arrays.stream(INDEX.forms[f].tokens)
        .map(t -> t.text).collect(Collectors.joining(" "))).sorted().collect(Collectors.toList());
  }

  @Test
  void aWordReachedByALooseKeyThatTheScorerWouldNotAlignDrawsNothing() {
    // "streloy" shares Seadrill's Double Metaphone code but is no spelling of it: its names would score 0.
    TokenInfo query = new TokenInfo("seadril", false);
    TokenInfo listed = INDEX.vocabInfo[INDEX.vocab.get("streloy")];
    assertThat(query.phonetic).isEqualTo(listed.phonetic);
    assertThat(TokenSimilarity.score(query, listed)).isLessThan(NameScorer.MIN_PAIR);
    assertThat(candidates("Seadril")).containsExactly("seadrill partners");
  }

  @Test
  void typosAndDoubledLettersStillDrawTheirNames() {
    assertThat(candidates("Strelooy")).contains("ivan streloy", "ivan strelloy");
    assertThat(candidates("Smiht")).contains("john smith");
  }
}
