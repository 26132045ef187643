package io.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.embargo.model.ListId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ListImportersTest {
  static Stream<Arguments> sharedFiles() {
    return Stream.of(
        Arguments.of("ofac-sdn/2024-05/sdn.csv", ListFormat.OFAC_CSV),
        Arguments.of("ofac-sdn/2025-12/alt.csv", ListFormat.OFAC_CSV),
        Arguments.of("ofac-sdn/2025-12/add.csv", ListFormat.OFAC_CSV),
        Arguments.of("ofac-sdn/2025-12/sdn_comments.csv", ListFormat.OFAC_CSV),
        Arguments.of("ofac-cons/cons_prim.csv", ListFormat.OFAC_CSV),
        Arguments.of("ofac-sdn/xml/consolidated_2018-04-06.xml", ListFormat.OFAC_XML),
        Arguments.of("ofac-sdn/xml/sdn_2019-03-11_head17.xml", ListFormat.OFAC_XML),
        Arguments.of("bis-csl/2023-11-partial/csl.csv", ListFormat.CSL_CSV),
        Arguments.of("bis-csl/2026-09-extract/screening_list.json", ListFormat.CSL_JSON),
        Arguments.of("bis-dpl/dpl.txt", ListFormat.BIS_DPL),
        Arguments.of("un/UN_consolidated.xml", ListFormat.UN_XML),
        Arguments.of("eu/eu_fsf_2026-08-05_excerpt.xml", ListFormat.EU_XML),
        Arguments.of("uk/UK_Sanctions_List_2025-08-11.ods", ListFormat.UK_ODS),
        Arguments.of("uk/UK_Sanctions_List_2025-08-11.csv", ListFormat.UK_CSV),
        Arguments.of("opensanctions/yente-fixture-t1-entities.ftm.json", ListFormat.FTM_JSON));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sharedFiles")
  void detect_everySharedFile(String relative, ListFormat expected) throws ListImportException {
    assertThat(ListImporters.detect(Scan.list(relative))).isEqualTo(expected);
  }

  @Test
  void detect_quotedCslHeader_theEntityListFixture() throws ListImportException {
    Path fixture = Path.of(System.getProperty("embargo.repo.root"), "fixtures", "bis-el", "entity-list-2021-11-04.csv");
    assertThat(ListImporters.detect(fixture)).isEqualTo(ListFormat.CSL_CSV);
    ImportedList l = ListImporters.read(List.of(fixture), ListId.BIS_EL, null).get(0);
    assertThat(l.entries()).extracting(e -> e.sourceProgram()).containsOnly("EL");
    assertThat(l.entries()).extracting(e -> e.name()).contains("Candiru");
  }

  @Test
  void detect_ignoresTheFileName(@TempDir Path dir) throws IOException, ListImportException {
    Path f = dir.resolve("list.xml");
    Files.copy(Scan.list("bis-dpl/dpl.txt"), f);
    assertThat(ListImporters.detect(f)).isEqualTo(ListFormat.BIS_DPL);
  }

  @Test
  void read_csvWithAByteOrderMark(@TempDir Path dir) throws IOException, ListImportException {
    Path f = dir.resolve("uk.csv");
    Files.writeString(f, "\ufeff" + Scan.text("uk/UK_Sanctions_List_2025-08-11.csv"));
    assertThat(ListImporters.detect(f)).isEqualTo(ListFormat.UK_CSV);
    assertThat(ListImporters.read(List.of(f), null, null).get(0).entries()).hasSize(5_300);
  }

  @Test
  void read_groupsFilesIntoLists_inFileOrder() throws Exception {
    List<ImportedList> lists = ListImporters.read(List.of(Scan.list("ofac-cons/cons_alt.csv"),
        Scan.list("bis-dpl/dpl.txt"), Scan.list("ofac-cons/cons_prim.csv")), null, null);
    assertThat(lists).extracting(ImportedList::list).containsExactly(ListId.OFAC_CONS, ListId.BIS_DPL);
    ImportedList cons = lists.get(0);
    assertThat(cons.files()).extracting(p -> p.getFileName().toString()).containsExactly("cons_alt.csv", "cons_prim.csv");
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    d.update(Files.readAllBytes(Scan.list("ofac-cons/cons_alt.csv")));
    d.update(Files.readAllBytes(Scan.list("ofac-cons/cons_prim.csv")));
    assertThat(cons.sha256()).isEqualTo(HexFormat.of().formatHex(d.digest()));
    assertThat(cons.entries().stream().mapToInt(e -> e.aliases().size()).sum()).isPositive();
  }

  @Test
  void read_forcedList_overridesTheDefault() throws ListImportException {
    List<ImportedList> lists = ListImporters.read(List.of(Scan.list("ofac-sdn/xml/sdn_2019-03-11_head17.xml")),
        ListId.OFAC_CONS, null);
    assertThat(lists).singleElement().extracting(ImportedList::list).isEqualTo(ListId.OFAC_CONS);
    assertThat(lists.get(0).entries()).allSatisfy(e -> assertThat(e.list()).isEqualTo(ListId.OFAC_CONS));
  }

  @Test
  void read_ofacAliasesWithoutPrimaries_isAnError() {
    Path alt = Scan.list("ofac-sdn/2025-12/alt.csv");
    assertThatThrownBy(() -> ListImporters.read(List.of(alt), null, null))
        .isInstanceOf(ListImportException.class).hasMessageContaining("alt.csv: an OFAC CSV set needs its primary file");
  }

  @Test
  void read_twoPrimariesForOneList_isAnError() {
    assertThatThrownBy(() -> ListImporters.read(List.of(Scan.list("ofac-sdn/2024-05/sdn.csv"),
        Scan.list("ofac-sdn/2021-07/sdn.csv")), null, null))
        .isInstanceOf(ListImportException.class).hasMessageContaining("two OFAC primary files");
  }

  @Test
  void read_noFiles_isAnError() {
    assertThatThrownBy(() -> ListImporters.read(List.of(), null, null))
        .isInstanceOf(ListImportException.class).hasMessageContaining("no files given");
  }

  @Test
  void all_loadsEveryListOnce() throws ListImportException {
    List<ImportedList> all = SharedLists.all();
    assertThat(all).extracting(ImportedList::list).containsExactly(ListId.OFAC_SDN, ListId.OFAC_CONS, ListId.CSL,
        ListId.BIS_DPL, ListId.UN, ListId.UK, ListId.EU, ListId.OPENSANCTIONS);
    assertThat(all).allSatisfy(l -> assertThat(l.entries()).isNotEmpty());
    assertThat(all.get(5).format()).isEqualTo(ListFormat.UK_ODS);
  }
}
