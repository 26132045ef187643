package io.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.model.Alias;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CslImportersTest {
  private static ImportedList partial;
  private static ImportedList extract;

  @BeforeAll
  static void load() {
    partial = Scan.read(true, "bis-csl/2023-11-partial/csl.csv");
    extract = Scan.read("bis-csl/2026-09-extract/screening_list.json");
  }

  @Test
  void partialCsv_sourcePrograms_matchAScanOfTheSourceColumn() {
    Map<String, Long> bySource = partial.entries().stream()
        .collect(Collectors.groupingBy(ListEntry::sourceProgram, Collectors.counting()));
    Matcher m = Pattern.compile("^\"[^\"]*\",\"[^\"]*\\((?:NS-)?([A-Z]+)[^)]*\\)[^\"]*\",", Pattern.MULTILINE)
        .matcher(Scan.text("bis-csl/2023-11-partial/csl.csv"));
    Map<String, Long> scanned = new java.util.HashMap<>();
    while (m.find()) {
      scanned.merge(m.group(1), 1L, Long::sum);
    }
    assertThat(bySource).isEqualTo(scanned);
    assertThat(bySource).containsEntry("EL", 919L).containsEntry("SDN", 1738L).containsEntry("MBS", 14L)
        .containsEntry("CAP", 1L).containsKeys("DPL", "UVL", "MEU", "SSI", "ISN", "DTC", "PLC", "CMIC", "FSE");
  }

  @Test
  void entityListRow_keepsRegulatoryTextVerbatim() {
    ListEntry e = Scan.entry(partial, "ce13803516303ddb9a8c0591ae3ab815adb8873f989696092bf30ed9");
    assertThat(e.list()).isEqualTo(ListId.CSL);
    assertThat(e.sourceProgram()).isEqualTo("EL");
    assertThat(e.name()).isEqualTo("Chengdu GaStone Technology Co., Ltd. (CGTC)");
    assertThat(e.type()).isEqualTo(PartyType.UNKNOWN);
    assertThat(e.federalRegisterCitation()).isEqualTo("79 FR 44680; 81 FR 14953; 83 FR 37423");
    assertThat(e.licenceRequirement()).isEqualTo("For all items subject to the EAR (See §744.11 of the EAR). ");
    assertThat(e.licencePolicy()).isEqualTo("Presumption of denial. ");
    assertThat(e.listedOn()).isEqualTo(LocalDate.of(2014, 8, 1));
    assertThat(e.aliases()).extracting(Alias::name).containsExactly("Chengdu Jiashi Technology Co.",
        "Chengdu HiWafer Semiconductor", "Chengdu Haiwei Technology", "and Chengdu Zenith");
    assertThat(e.addresses()).singleElement().satisfies(a -> {
      assertThat(a.street()).isEqualTo("31F, A Tower, Yanlord Square, No. 1, Section 2, Renmind South Road");
      assertThat(a.city()).isEqualTo("Chengdu");
      assertThat(a.country()).isEqualTo("CN");
    });
  }

  @Test
  void repeatedIds_getTheProgramAsSuffix() {
    assertThat(Scan.entry(partial, "17014").sourceProgram()).isEqualTo("MBS");
    assertThat(Scan.entry(partial, "17014-SSI").name()).isEqualTo("JOINT STOCK COMPANY RUSSIAN AGRICULTURAL BANK");
  }

  @Test
  void repeatedHeaderRow_isSkipped() {
    assertThat(partial.entries()).noneMatch(e -> e.sourceId().equals("_id"));
    assertThat(partial.warnings()).anySatisfy(w -> assertThat(w).contains("repeated header rows, skipped: 1"));
  }

  @Test
  void extract_candiruHasItsSevenAliasesAndAnIsraeliAddress() {
    assertThat(extract.entries()).hasSize(Scan.occurrences("bis-csl/2026-09-extract/screening_list.json", "\"csl_id\""));
    assertThat(extract.published()).isEqualTo(LocalDate.of(2026, 9, 24));
    ListEntry c = Scan.entry(extract, "77b6099ac4f94226166244b3e63c0f9378e51fbf5f1eea7ec6b1ec7d");
    assertThat(c.name()).isEqualTo("Candiru");
    assertThat(c.sourceProgram()).isEqualTo("EL");
    assertThat(c.aliases()).extracting(Alias::name).hasSize(7).contains("Saito Tech Ltd.", "DF Associates Ltd.",
        "Grindavik Solutions Ltd.", "Taveta Ltd.", "Candiru Ltd.", "Greenwick Solutions", "Tabatha Ltd.");
    assertThat(c.addresses()).singleElement().satisfies(a -> {
      assertThat(a.country()).isEqualTo("IL");
      assertThat(a.city()).isEqualTo("Tel Aviv-Yafo");
      assertThat(a.postalCode()).isEqualTo("6473921");
    });
    assertThat(Scan.entry(extract, "31455").sourceProgram()).isEqualTo("SDN");
  }

  @Test
  void apiResultsArray_isReadToo(@TempDir Path dir) throws IOException, ListImportException {
    Path f = dir.resolve("consolidated.json");
    Files.writeString(f, "{\"total\": 1, \"results\": [{\"id\": \"abc\", \"name\": \"Candiru\", "
        + "\"source\": \"Entity List (EL) - Bureau of Industry and Security\", \"alt_names\": [\"Saito Tech Ltd.\"], "
        + "\"federal_register_notice\": \"86 FR 60759\", \"start_date\": \"2021-11-04\", "
        + "\"license_requirement\": \"For all items subject to the EAR.\", \"license_policy\": \"Presumption of denial.\", "
        + "\"addresses\": [{\"address\": \"21 Haarbaa\", \"city\": \"Tel Aviv\", \"country\": \"IL\"}]}]}");
    assertThat(ListImporters.detect(f)).isEqualTo(ListFormat.CSL_JSON);
    ListEntry e = ListImporters.read(List.of(f), null, null).get(0).entries().get(0);
    assertThat(e.sourceId()).isEqualTo("abc");
    assertThat(e.federalRegisterCitation()).isEqualTo("86 FR 60759");
    assertThat(e.listedOn()).isEqualTo(LocalDate.of(2021, 11, 4));
    assertThat(e.addresses().get(0).country()).isEqualTo("IL");
  }

  @Test
  void csvAndJsonTogether_areOneCslList() throws ListImportException {
    List<ImportedList> lists = ListImporters.read(List.of(Scan.list("bis-csl/2023-11-partial/csl.csv"),
        Scan.list("bis-csl/2026-09-extract/screening_list.json")), null, null, ImportOptions.ACCEPT_TRUNCATED_TAIL);
    assertThat(lists).singleElement().satisfies(l -> {
      assertThat(l.list()).isEqualTo(ListId.CSL);
      assertThat(l.entries()).hasSize(partial.entries().size() + extract.entries().size());
    });
  }
}
