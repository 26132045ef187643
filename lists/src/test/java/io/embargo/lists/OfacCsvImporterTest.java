package io.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.model.Address;
import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OfacCsvImporterTest {
  private static ImportedList sdn;

  @BeforeAll
  static void load() {
    sdn = Scan.read("ofac-sdn/2024-05/sdn.csv", "ofac-sdn/2025-12/alt.csv", "ofac-sdn/2025-12/add.csv",
        "ofac-sdn/2025-12/sdn_comments.csv");
  }

  @Test
  void setFromTwoFolders_isOneSdnList() {
    assertThat(sdn.list()).isEqualTo(ListId.OFAC_SDN);
    assertThat(sdn.format()).isEqualTo(ListFormat.OFAC_CSV);
    assertThat(sdn.files()).hasSize(4);
    assertThat(sdn.sha256()).hasSize(64);
    assertThat(sdn.entries()).hasSize(Scan.lines("ofac-sdn/2024-05/sdn.csv", "^\\d+,\""));
  }

  @Test
  void positiveTechnologies_31455() {
    ListEntry e = Scan.entry(sdn, "31455");
    assertThat(e.name()).isEqualTo("AKTSIONERNOE OBSHCHESTVO POZITIV TEKNOLODZHIZ");
    assertThat(e.type()).isEqualTo(PartyType.ORGANIZATION);
    assertThat(e.aliases()).extracting(Alias::name)
        .contains("JSC POSITIVE TECHNOLOGIES", "POZITIV TEKNOLODZHIZ, AO");
    assertThat(e.programs()).contains("CYBER2", "RUSSIA-EO14024", "NPWMD", "CAATSA - RUSSIA");
    assertThat(e.addresses()).anySatisfy(a -> {
      assertThat(a.city()).isEqualTo("Moscow");
      assertThat(a.postalCode()).isEqualTo("107241");
      assertThat(a.country()).isEqualTo("RU");
    });
    assertThat(e.linkedTo()).containsExactly("FEDERAL SECURITY SERVICE");
    assertThat(e.identifiers()).anySatisfy(i -> {
      assertThat(i.type()).isEqualTo("Tax ID No.");
      assertThat(i.number()).isEqualTo("7718668887");
      assertThat(i.country()).isEqualTo("RU");
    });
  }

  @Test
  void remarksAka_isAWeakAlias_altCsvIsStrong() {
    ListEntry bnc = Scan.entry(sdn, "306");
    assertThat(bnc.aliases()).contains(new Alias("BNC", AliasQuality.WEAK, "aka"),
        new Alias("NATIONAL BANK OF CUBA", AliasQuality.STRONG, "aka"));
  }

  @Test
  void individualNames_stayAsTheListWritesThem() {
    assertThat(sdn.entries()).filteredOn(e -> e.type() == PartyType.PERSON)
        .hasSize(Scan.lines("ofac-sdn/2024-05/sdn.csv", "^\\d+,\"[^\"]*\",\"individual\""))
        .anySatisfy(e -> assertThat(e.name()).contains(", "));
  }

  @Test
  void rowsWithoutAPrimary_areIgnoredAndCounted() {
    Set<String> primaries = new HashSet<>();
    for (String l : Scan.text("ofac-sdn/2024-05/sdn.csv").split("\n")) {
      if (l.matches("(?s)^\\d+,.*")) {
        primaries.add(l.substring(0, l.indexOf(',')));
      }
    }
    int orphanAliases = 0;
    for (String l : Scan.text("ofac-sdn/2025-12/alt.csv").split("\n")) {
      if (l.matches("(?s)^\\d+,.*") && !primaries.contains(l.substring(0, l.indexOf(',')))) {
        orphanAliases++;
      }
    }
    String expected = ": " + orphanAliases + " ";
    assertThat(orphanAliases).isPositive();
    assertThat(sdn.warnings()).anySatisfy(w ->
        assertThat(w).startsWith("alt.csv: alias rows whose ent_num has no primary").contains(expected));
  }

  @Test
  void commentsOverflow_isAppendedBeforeParsing() {
    // sdn_comments.csv continues 17143's remarks mid-word; the IDs it holds only exist after the join
    ImportedList cons = Scan.read("ofac-cons/cons_prim.csv", "ofac-cons/cons_alt.csv", "ofac-cons/cons_add.csv",
        "ofac-cons/cons_comments.csv");
    assertThat(cons.list()).isEqualTo(ListId.OFAC_CONS);
    assertThat(cons.entries()).hasSize(Scan.lines("ofac-cons/cons_prim.csv", "^\\d+,\""));
    ListEntry e = Scan.entry(cons, "17143");
    assertThat(e.remarks()).contains("Effective Date (EO 14024 Directive 3): 26 Mar 2022; Tax ID No.")
        .doesNotContain("\n");
    assertThat(e.identifiers()).anySatisfy(i -> {
      assertThat(i.type()).isEqualTo("Registration Number");
      assertThat(i.number()).isEqualTo("1025501701686");
    });
  }

  @Test
  void complete2021Set_imports() {
    ImportedList old = Scan.read("ofac-sdn/2021-07/sdn.csv", "ofac-sdn/2021-07/alt.csv",
        "ofac-sdn/2021-07/add.csv", "ofac-sdn/2021-07/sdn_comments.csv");
    assertThat(old.entries()).hasSize(Scan.lines("ofac-sdn/2021-07/sdn.csv", "^\\d+,\""));
    ListEntry pt = Scan.entry(old, "31455");
    assertThat(pt.aliases()).extracting(Alias::name).contains("JSC POSITIVE TECHNOLOGIES");
    Address a = pt.addresses().get(0);
    assertThat(a.country()).isEqualTo("RU");
  }
}
