package io.embargo.decisions.consequence;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsequenceRulesTest {
  private final ConsequenceRules rules = ConsequenceRules.load();

  private static ListEntry.Builder entry(ListId list) {
    return ListEntry.builder(list, "1").name("Some Party");
  }

  @Test
  void cslRowsAreJudgedByTheirSourceProgram() {
    assertThat(rules.of(entry(ListId.CSL).sourceProgram("EL").build()).regime()).isEqualTo("EL");
    assertThat(rules.of(entry(ListId.CSL).sourceProgram("DPL").build()).regime()).isEqualTo("DPL");
    assertThat(rules.of(entry(ListId.CSL).sourceProgram("uvl").build()).regime()).isEqualTo("UVL");
    assertThat(rules.of(entry(ListId.CSL).sourceProgram("MEU").build()).regime()).isEqualTo("MEU");
    assertThat(rules.of(entry(ListId.CSL).sourceProgram("SDN").build()).regime()).isEqualTo("SDN");
    assertThat(rules.of(entry(ListId.CSL).sourceProgram("CAP").build()).regime()).isEqualTo("CAPTA");
    assertThat(rules.of(entry(ListId.CSL).sourceProgram("DTC").build()).regime()).isEqualTo("DTC");
    assertThat(rules.of(entry(ListId.CSL).sourceProgram("ISN").build()).regime()).isEqualTo("ISN");
  }

  @Test
  void memoisedPerEntryNotPerKey() {
    ListEntry ssi = entry(ListId.OFAC_CONS).program("UKRAINE-EO13662").build();
    // same list and source id, another version of the entry with another program
    ListEntry cmic = entry(ListId.OFAC_CONS).program("CMIC-EO13959").build();
    assertThat(rules.of(ssi)).isSameAs(rules.of(ssi));
    assertThat(rules.of(cmic).regime()).isEqualTo("CMIC");
    assertThat(rules.of(ssi).regime()).isEqualTo("SSI");
  }

  @Test
  void deniedPersonsAreDeniedAllExportPrivileges() {
    Consequence c = rules.of(entry(ListId.BIS_DPL).federalRegisterCitation("85 FR 1234").build());
    assertThat(c.blocking()).isTrue();
    assertThat(c.effects().get(0)).startsWith("All export privileges denied");
    assertThat(c.effects()).contains("Federal Register: 85 FR 1234");
  }

  @Test
  void sdnIsBlockedAndNamesItsPrograms() {
    Consequence c = rules.of(entry(ListId.OFAC_SDN).program("CYBER2").program("RUSSIA-EO14024").build());
    assertThat(c.blocking()).isTrue();
    assertThat(c.ownershipRule()).isEqualTo("OFAC_50");
    assertThat(c.effects()).contains("Programs: CYBER2; RUSSIA-EO14024")
        .anyMatch(e -> e.startsWith("Blocked: all property and interests in property"));
  }

  @Test
  void nonSdnProgramsAreRecognisedByProgramAndDoNotBlock() {
    Consequence ssi = rules.of(entry(ListId.OFAC_CONS).program("UKRAINE-EO13662").build());
    assertThat(ssi.regime()).isEqualTo("SSI");
    assertThat(ssi.blocking()).isFalse();
    assertThat(rules.of(entry(ListId.OFAC_CONS).program("CMIC-EO13959").build()).regime()).isEqualTo("CMIC");
    assertThat(rules.of(entry(ListId.OFAC_CONS).program("NS-PLC").build()).regime()).isEqualTo("PLC");
    assertThat(rules.of(entry(ListId.OFAC_CONS).program("FSE-SY").build()).regime()).isEqualTo("FSE");
    assertThat(rules.of(entry(ListId.OFAC_CONS).program("SOMETHING-NEW").build()).regime()).isEqualTo("OFAC-NS");
  }

  @Test
  void unEuUkAreAssetFreezesUnderTheirRegime() {
    Consequence eu = rules.of(entry(ListId.EU).program("RUS").listedOn(LocalDate.of(2022, 3, 1)).build());
    assertThat(eu.regime()).isEqualTo("EU");
    assertThat(eu.effects().get(0)).startsWith("Asset freeze");
    assertThat(eu.effects()).contains("Regime: RUS", "Listed on: 2022-03-01");
    assertThat(rules.of(entry(ListId.UN).build()).effects())
        .containsExactly("Asset freeze (and travel ban for persons) under the UN sanctions regime");
    assertThat(rules.of(entry(ListId.UK).build()).regime()).isEqualTo("UK");
  }

  @Test
  void effectsWhoseDataIsAllMissingAreDroppedAndUnknownListsFallBack() {
    Consequence el = rules.of(entry(ListId.BIS_EL).build());
    assertThat(el.effects()).containsExactly("Licence exceptions unavailable (15 CFR 744.16)");
    Consequence other = rules.of(entry(ListId.CSL).sourceProgram("XYZ").build());
    assertThat(other.regime()).isEqualTo("OTHER");
    assertThat(other.blocking()).isFalse();
    assertThat(rules.version()).startsWith("consequences-");
  }
}
