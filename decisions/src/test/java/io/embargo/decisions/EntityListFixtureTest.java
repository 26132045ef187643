package io.embargo.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.lists.ImportedList;
import io.embargo.lists.ListFormat;
import io.embargo.lists.ListImporters;
import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 "done when": Candiru → BLOCK with the Entity List consequences, read by the real CSL importer from
 * the hand-written fixture {@code fixtures/bis-el/entity-list-2021-11-04.csv}, screened by the real matcher.
 */
class EntityListFixtureTest {
  private static List<ListEntry> fixture(String file) throws Exception {
    Path f = Path.of(System.getProperty("embargo.repo.root", ".."), "fixtures", "bis-el", file);
    // format forced: ListImporters.detect does not recognise this CSL file's quoted header (reported)
    List<ImportedList> lists = ListImporters.read(List.of(f), ListId.CSL, ListFormat.CSL_CSV);
    return lists.get(0).entries();
  }

  @Test
  void candiruIsBlockedWithTheEntityListConsequencesOfTheFixture() throws Exception {
    Screener screener = Screener.builder().add(fixture("entity-list-2021-11-04.csv")).build();
    Decider decider = Decider.builder(screener).build();

    Decision d = decider.decide(Query.of("Candiru"), LocalDate.of(2021, 11, 5));

    assertThat(d.outcome()).isEqualTo(Outcome.BLOCK);
    HitDecision h = d.hits().stream().filter(x -> x.outcome() == Outcome.BLOCK).findFirst().orElseThrow();
    assertThat(h.listedName()).isEqualTo("Candiru");
    assertThat(h.consequence().regime()).isEqualTo("EL");
    assertThat(h.consequence().effects()).contains(
        "Licence required for: For all items subject to the EAR. (See §744.11 of the EAR).",
        "Licence exceptions unavailable (15 CFR 744.16)",
        "Licence review policy: Presumption of denial.",
        "Federal Register: 86 FR 60759",
        "Listed on: 2021-11-04");
  }

  @Test
  void aliasOfCandiruAlsoBlocksAndTheListBeforeTheRuleDoesNot() throws Exception {
    Decider after = Decider.builder(Screener.builder().add(fixture("entity-list-2021-11-04.csv")).build()).build();
    Decider before = Decider.builder(Screener.builder().add(fixture("entity-list-2021-10-01.csv")).build()).build();

    assertThat(after.decide(Query.of("Saito Tech Ltd."), LocalDate.of(2021, 11, 5)).outcome())
        .isEqualTo(Outcome.BLOCK);
    assertThat(before.decide(Query.of("Candiru"), LocalDate.of(2021, 10, 2)).outcome()).isEqualTo(Outcome.CLEAR);
  }
}
