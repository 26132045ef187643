package io.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SharedListsTest {
  private static List<ImportedList> eval;

  @BeforeAll
  static void load() throws ListImportException {
    eval = SharedLists.evalSet();
  }

  private static ImportedList list(ListId id) {
    return eval.stream().filter(l -> l.list() == id).findFirst().orElseThrow();
  }

  /**
   * shared/eval/README.md: "SDN 14,965, UK 5,300, CSL 4,241 (4,227 + 14), UN 1,003, DPL 546 distinct names,
   * cons 442". Its stated total, 26,496, is one less than the sum of its own per-list figures (and of its
   * DEV/HIDDEN halves, 26,497); the per-list figures are the ones asserted.
   */
  @Test
  void evalSet_hasTheDocumentedCounts() {
    Map<ListId, Integer> counts = eval.stream()
        .collect(Collectors.toMap(ImportedList::list, l -> l.entries().size()));
    assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
        ListId.OFAC_SDN, 14_965, ListId.UK, 5_300, ListId.CSL, 4_241, ListId.UN, 1_003,
        ListId.BIS_DPL, 546, ListId.OFAC_CONS, 442));
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(26_497);
  }

  @Test
  void evalSet_countsMatchIndependentScansOfTheFiles() {
    assertThat(list(ListId.OFAC_SDN).entries()).hasSize(Scan.lines("ofac-sdn/2024-05/sdn.csv", "^\\d+,\""));
    assertThat(list(ListId.OFAC_CONS).entries()).hasSize(Scan.lines("ofac-cons/cons_prim.csv", "^\\d+,\""));
    int cslRows = Scan.lines("bis-csl/2023-11-partial/csl.csv", "^\"[^\"]*\",\"[^\"]+ - [^\"]+\",");
    int cslExtract = Scan.occurrences("bis-csl/2026-09-extract/screening_list.json", "\"csl_id\"");
    assertThat(list(ListId.CSL).entries()).hasSize(cslRows + cslExtract);
    assertThat(list(ListId.UN).entries()).hasSize(Scan.occurrences("un/UN_consolidated.xml", "<INDIVIDUAL>")
        + Scan.occurrences("un/UN_consolidated.xml", "<ENTITY>"));
    int ukRows = Scan.lines("uk/UK_Sanctions_List_2025-08-11.csv", "^[A-Z]+\\d+,");
    int ukBlank = Scan.lines("uk/UK_Sanctions_List_2025-08-11.csv", "^[A-Z]+\\d+,\\d*,\"\\s*$");
    assertThat(list(ListId.UK).entries()).hasSize(ukRows - ukBlank);
    assertThat(list(ListId.UK).warnings()).singleElement().asString().contains("blank Name").contains(": 2 ");
    Set<String> dplNames = new HashSet<>();
    for (String line : Scan.text("bis-dpl/dpl.txt").split("\n")) {
      dplNames.add(line.substring(0, line.indexOf('\t')));
    }
    dplNames.remove("\"Name\"");
    assertThat(list(ListId.BIS_DPL).entries()).hasSize(dplNames.size());
  }

  @Test
  void evalSet_idsAreUniquePerList() {
    for (ImportedList l : eval) {
      Set<String> ids = new HashSet<>();
      for (ListEntry e : l.entries()) {
        assertThat(ids.add(e.sourceId())).as("%s id %s", l.list(), e.sourceId()).isTrue();
      }
    }
  }

  @Test
  void evalSet_cslKeepsTheTruncatedLastRowWithAWarning() {
    ImportedList csl = list(ListId.CSL);
    assertThat(csl.warnings()).anySatisfy(w -> assertThat(w).contains("last record truncated"));
    assertThat(csl.entries()).anySatisfy(e -> {
      assertThat(e.sourceId()).isEqualTo("11476");
      assertThat(e.name()).isEqualTo("BERMUDEZ SUAZA, Pedro Antonio");
    });
  }
}
