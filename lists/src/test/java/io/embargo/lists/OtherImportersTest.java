package io.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.model.Address;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** UK (ODS and CSV), BIS DPL and OpenSanctions FtM, on the real shared files. */
class OtherImportersTest {
  private static final String UK_ODS = "uk/UK_Sanctions_List_2025-08-11.ods";
  private static final String UK_CSV = "uk/UK_Sanctions_List_2025-08-11.csv";
  private static final String DPL = "bis-dpl/dpl.txt";
  private static final String FTM = "opensanctions/yente-fixture-t1-entities.ftm.json";

  /* --------------- UK --------------- */

  @Test
  void ukOds_hasTheCsvsDesignationsAndUniqueIds() {
    ImportedList ods = Scan.read(UK_ODS);
    ImportedList csv = Scan.read(UK_CSV);
    assertThat(ods.list()).isEqualTo(ListId.UK);
    assertThat(ods.format()).isEqualTo(ListFormat.UK_ODS);
    Set<String> csvIds = new LinkedHashSet<>();
    Matcher m = Pattern.compile("^([A-Z]+\\d+),", Pattern.MULTILINE).matcher(Scan.text(UK_CSV));
    while (m.find()) {
      csvIds.add(m.group(1));
    }
    assertThat(csvIds).hasSize(5_302);
    // 5,302 designations: every one is an entry except the two with a blank Name, which are counted
    assertThat(ods.entries().size() + 2).isEqualTo(csvIds.size());
    assertThat(ods.warnings()).singleElement().asString().contains("blank Name").contains(": 2 (first: BEL0174)");
    Set<String> odsIds = ods.entries().stream().map(ListEntry::sourceId).collect(Collectors.toSet());
    odsIds.add("BEL0174");
    odsIds.add("RUS1467");
    assertThat(odsIds).isEqualTo(csvIds);
    assertThat(ods.entries()).isEqualTo(csv.entries());
  }

  @Test
  void ukCsv_typesAndDates() {
    ImportedList uk = Scan.read(UK_CSV);
    ListEntry afg = Scan.entry(uk, "AFG0001");
    assertThat(afg.name()).isEqualTo("HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE");
    assertThat(afg.type()).isEqualTo(PartyType.ORGANIZATION);
    assertThat(afg.listedOn()).isEqualTo(LocalDate.of(2012, 6, 29));
    assertThat(afg.programs()).containsExactly("Afghanistan");
    assertThat(uk.entries().stream().filter(e -> e.type() == PartyType.VESSEL).count())
        .isEqualTo(Scan.occurrences(UK_CSV, ",Ship,")).isEqualTo(461);
  }

  /* --------------- DPL --------------- */

  @Test
  void dpl_oneEntryPerExactName_addressesMerged() {
    ImportedList dpl = Scan.read(DPL);
    assertThat(dpl.list()).isEqualTo(ListId.BIS_DPL);
    List<ListEntry> ash = dpl.entries().stream().filter(e -> e.name().strip().equals("I. ASH")).collect(Collectors.toList());
    assertThat(ash).extracting(ListEntry::name).containsExactlyInAnyOrder(" I. ASH", "I. ASH");
    assertThat(ash).extracting(ListEntry::sourceId).doesNotHaveDuplicates().contains("I ASH");
    int rows = Scan.lines(DPL, "^\"") - 1;
    assertThat(dpl.entries().stream().mapToInt(e -> Math.max(1, e.addresses().size())).sum()).isLessThanOrEqualTo(rows);
    ListEntry villa = dpl.entries().stream().filter(e -> e.name().equals("AARON ABRAHAM VILLA")).findFirst().orElseThrow();
    assertThat(villa.sourceId()).isEqualTo("AARON ABRAHAM VILLA");
    assertThat(villa.addresses()).containsExactly(new Address("3415 RIVERA AVENUE", "EL PASO", "TX", "79905", null));
    assertThat(villa.listedOn()).isEqualTo(LocalDate.of(2022, 8, 24));
    assertThat(villa.federalRegisterCitation()).isEqualTo("87 F.R. 52741 8/29/2022");
  }

  @Test
  void dpl_derivedIdsAreStable() {
    assertThat(DplImporter.ids(List.of(" I. ASH", "I. ASH"))).isEqualTo(DplImporter.ids(List.of("I. ASH", " I. ASH")));
    assertThat(DplImporter.key("Société Générale-X")).isEqualTo("SOCIETE GENERALE X");
  }

  /* --------------- OpenSanctions FtM --------------- */

  @Test
  void ftm_partiesBecomeEntries_addressEntitiesDoNot() {
    ImportedList os = Scan.read(FTM);
    assertThat(os.list()).isEqualTo(ListId.OPENSANCTIONS);
    int lines = Scan.lines(FTM, "^\\{");
    int addresses = Scan.occurrences(FTM, "\"schema\":\"Address\"");
    assertThat(os.entries()).hasSize(lines - addresses).hasSize(6);
    ListEntry kuz = Scan.entry(os, "NK-2Ka3UvopqbpZmVDFjWd4LA");
    assertThat(kuz.name()).isEqualTo("Vitaly Yurievich KUZMENKO");
    assertThat(kuz.type()).isEqualTo(PartyType.PERSON);
    assertThat(kuz.nationalities()).containsExactly("RU");
    assertThat(kuz.datesOfBirth()).extracting(Object::toString).containsExactly("1971-01-22");
    assertThat(os.published()).isEqualTo(LocalDate.of(2024, 3, 28));
  }
}
