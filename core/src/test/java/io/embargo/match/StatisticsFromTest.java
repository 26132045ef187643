package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A screener over a list delta scores like the full index when it borrows the full corpus's word rarity. */
class StatisticsFromTest {
  private static ListEntry org(String id, String name) {
    return ListEntry.builder(ListId.BIS_EL, id).type(PartyType.ORGANIZATION).name(name).build();
  }

  private static double score(Screener s, String name) {
    return s.screen(Query.of(name), ScreeningOptions.DEFAULT.withMinScore(0)).hits().stream()
        .filter(h -> h.entry().sourceId().equals("nso")).mapToDouble(Hit::score).max().orElse(0);
  }

  @Test
  void deltaScreenerWithCorpusStatisticsScoresLikeTheFullIndex() {
    List<ListEntry> all = new ArrayList<>();
    String[] words = {"Alpha", "Borealis", "Cobalt", "Delphi", "Ember", "Fjord", "Granite", "Helios", "Iris",
        "Juniper", "Krypton", "Lumen", "Meridian", "Nimbus", "Orion", "Pioneer", "Quartz", "Raven", "Sierra",
        "Tundra"};
    for (String w : words) {
      all.add(org(w.toLowerCase(), w + " Technologies"));
    }
    ListEntry nso = org("nso", "NSO Group");
    all.add(nso);
    Screener full = Screener.builder().add(all).build();
    Screener delta = Screener.builder().add(nso).statisticsFrom(full).build();
    Screener alone = Screener.builder().add(nso).build();

    String query = "NSO Group Technologies Limited";
    assertThat(score(delta, query)).isCloseTo(score(full, query), within(1e-9));
    assertThat(score(alone, query)).as("alone, 'technologies' looks rare and weighs too much")
        .isLessThan(score(full, query));
  }

  @Test
  void statisticsFromRejectsAForeignScreener() {
    Screener foreign = new Screener() {
      @Override public ScreeningResult screen(Query q, ScreeningOptions o) { return null; }
      @Override public double nameScore(String a, String b) { return 0; }
      @Override public double defaultThreshold() { return 0.8; }
      @Override public String matcherVersion() { return "x"; }
      @Override public List<io.embargo.model.ListVersionRef> listVersions() { return List.of(); }
      @Override public int size() { return 0; }
      @Override public java.util.Optional<ListEntry> entry(String key) { return java.util.Optional.empty(); }
    };
    assertThatThrownBy(() -> Screener.builder().statisticsFrom(foreign))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statisticsFrom");
  }
}
