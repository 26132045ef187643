package io.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.DateOfBirth;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** UN, EU FSF and OFAC XML, on the real shared files. */
class XmlImportersTest {
  private static final String UN = "un/UN_consolidated.xml";
  private static final String EU = "eu/eu_fsf_2026-08-05_excerpt.xml";
  private static final String CONS_XML = "ofac-sdn/xml/consolidated_2018-04-06.xml";
  private static final String SDN_XML = "ofac-sdn/xml/sdn_2019-03-11_head17.xml";

  /* --------------- UN --------------- */

  @Test
  void un_countsAndPublicationDate() {
    ImportedList un = Scan.read(UN);
    assertThat(un.list()).isEqualTo(ListId.UN);
    assertThat(un.published()).isEqualTo(LocalDate.of(2026, 2, 27));
    Map<PartyType, Long> byType = un.entries().stream()
        .collect(Collectors.groupingBy(ListEntry::type, Collectors.counting()));
    assertThat(byType).containsOnly(Map.entry(PartyType.PERSON, (long) Scan.occurrences(UN, "<INDIVIDUAL>")),
        Map.entry(PartyType.ORGANIZATION, (long) Scan.occurrences(UN, "<ENTITY>")));
    long aliases = un.entries().stream().mapToLong(e -> e.aliases().stream()
        .filter(a -> !"original script".equals(a.kind())).count()).sum();
    assertThat(aliases).isLessThanOrEqualTo(Scan.occurrences(UN, "</ALIAS_NAME>")).isGreaterThan(2500);
  }

  @Test
  void un_aliasQualitiesSurvive() {
    ImportedList un = Scan.read(UN);
    ListEntry gaston = Scan.entry(un, "6907995");
    assertThat(gaston.name()).isEqualTo("GASTON IYAMUREMYE");
    assertThat(gaston.aliases()).contains(new Alias("Rumuli", AliasQuality.WEAK, "Low"),
        new Alias("Byiringiro Victor Rumuli", AliasQuality.STRONG, "Good"));
    ListEntry adf = Scan.entry(un, "6908402");
    assertThat(adf.type()).isEqualTo(PartyType.ORGANIZATION);
    assertThat(adf.aliases()).contains(new Alias("Allied Democratic Forces", AliasQuality.STRONG, "aka"),
        new Alias("NALU", AliasQuality.STRONG, "fka"));
    long weak = un.entries().stream().flatMap(e -> e.aliases().stream())
        .filter(a -> a.quality() == AliasQuality.WEAK).count();
    assertThat(weak).isEqualTo(Scan.occurrences(UN, "<QUALITY>Low</QUALITY>"));
  }

  @Test
  void un_datesOfBirthSurvive_exactYearApproximateBetween() {
    ImportedList un = Scan.read(UN);
    assertThat(Scan.entry(un, "6907995").datesOfBirth()).containsExactly(DateOfBirth.year(1948));
    assertThat(Scan.entry(un, "6908006").datesOfBirth())
        .containsExactly(DateOfBirth.exact(LocalDate.of(1962, 3, 17)), DateOfBirth.years(1965, 1967));
    assertThat(Scan.entry(un, "6908021").datesOfBirth()).containsExactly(DateOfBirth.years(1973, 1974));
  }

  /* --------------- EU --------------- */

  @Test
  void eu_fiveEntitiesWith45Names() {
    ImportedList eu = Scan.read(EU);
    assertThat(eu.list()).isEqualTo(ListId.EU);
    assertThat(eu.published()).isEqualTo(LocalDate.of(2026, 8, 5));
    assertThat(eu.entries()).hasSize(Scan.occurrences(EU, "<sanctionEntity "));
    assertThat(eu.entries().stream().mapToInt(e -> e.allNames().size()).sum())
        .isEqualTo(Scan.occurrences(EU, "<nameAlias ")).isEqualTo(45);
    assertThat(eu.entries()).extracting(ListEntry::sourceId).containsExactly("191", "521", "3822", "6106", "6177");
    assertThat(eu.entries()).extracting(ListEntry::type).containsExactly(PartyType.PERSON, PartyType.PERSON,
        PartyType.ORGANIZATION, PartyType.PERSON, PartyType.PERSON);
    ListEntry ksm = Scan.entry(eu, "191");
    assertThat(ksm.name()).isEqualTo("Khalid Sheikh MOHAMMED");
    assertThat(ksm.programs()).containsExactly("TERR");
    assertThat(ksm.datesOfBirth()).contains(DateOfBirth.exact(LocalDate.of(1965, 4, 14)));
    assertThat(Scan.entry(eu, "3822").addresses()).allSatisfy(a -> assertThat(a.country()).isEqualTo("IR"));
  }

  /* --------------- OFAC XML --------------- */

  @Test
  void ofacConsolidatedXml_639EntriesByTypeAndWeakAkas() {
    ImportedList cons = Scan.read(CONS_XML);
    assertThat(cons.list()).isEqualTo(ListId.OFAC_CONS);
    assertThat(cons.published()).isEqualTo(LocalDate.of(2018, 4, 6));
    assertThat(cons.entries()).hasSize(Scan.occurrences(CONS_XML, "<sdnEntry>")).hasSize(639);
    Map<PartyType, Long> byType = cons.entries().stream()
        .collect(Collectors.groupingBy(ListEntry::type, Collectors.counting()));
    assertThat(byType).containsOnly(Map.entry(PartyType.ORGANIZATION, 471L), Map.entry(PartyType.PERSON, 94L),
        Map.entry(PartyType.VESSEL, 74L));
    assertThat(byType.get(PartyType.PERSON)).isEqualTo(Scan.occurrences(CONS_XML, "<sdnType>Individual<"));
    long weak = cons.entries().stream().flatMap(e -> e.aliases().stream())
        .filter(a -> a.quality() == AliasQuality.WEAK).count();
    // uid 18769 lists the weak AKA 'VYSOKOTOCHNYE KOMPLEKSY' twice; an entry keeps distinct aliases only
    assertThat(weak).isEqualTo(Scan.occurrences(CONS_XML, "<category>weak</category>") - 1).isPositive();
    assertThat(Scan.entry(cons, "18769").aliases())
        .filteredOn(a -> a.name().equals("VYSOKOTOCHNYE KOMPLEKSY")).singleElement()
        .extracting(Alias::quality).isEqualTo(AliasQuality.WEAK);
    assertThat(cons.warnings()).isEmpty();
  }

  @Test
  void ofacSdnXmlExcerpt_17EntriesAndAWarningAboutRecordCount() {
    ImportedList sdn = Scan.read(SDN_XML);
    assertThat(sdn.list()).isEqualTo(ListId.OFAC_SDN);
    assertThat(sdn.published()).isEqualTo(LocalDate.of(2019, 3, 11));
    assertThat(sdn.entries()).hasSize(Scan.occurrences(SDN_XML, "<sdnEntry>")).hasSize(17);
    assertThat(sdn.warnings()).singleElement().asString().contains("Record_Count 7449, entries 17");
    ListEntry bnc = Scan.entry(sdn, "306");
    assertThat(bnc.aliases()).contains(new Alias("BNC", AliasQuality.WEAK, "aka"),
        new Alias("NATIONAL BANK OF CUBA", AliasQuality.STRONG, "aka"));
    assertThat(bnc.addresses()).anySatisfy(a -> {
      assertThat(a.city()).isEqualTo("Zurich");
      assertThat(a.postalCode()).isEqualTo("CH-8022");
      assertThat(a.country()).isEqualTo("CH");
    });
  }
}
