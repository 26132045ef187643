package io.embargo.store.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import org.junit.jupiter.api.Test;

class RegimesTest {
  static ListEntry e(ListId list, String program) {
    return ListEntry.builder(list, "x").name("X").sourceProgram(program).build();
  }

  @Test
  void ofacListsAreOfac_bisListsAreEar() {
    assertThat(Regimes.of(e(ListId.OFAC_SDN, null))).isEqualTo("OFAC");
    assertThat(Regimes.of(e(ListId.OFAC_CONS, null))).isEqualTo("OFAC");
    assertThat(Regimes.of(e(ListId.BIS_EL, null))).isEqualTo("EAR");
    assertThat(Regimes.of(e(ListId.BIS_DPL, null))).isEqualTo("EAR");
  }

  @Test
  void cslRows_followTheirSourceProgram() {
    assertThat(Regimes.of(e(ListId.CSL, "EL"))).isEqualTo("EAR");
    assertThat(Regimes.of(e(ListId.CSL, "sdn"))).isEqualTo("OFAC");
    assertThat(Regimes.of(e(ListId.CSL, "ISN"))).isNull();
    assertThat(Regimes.of(e(ListId.CSL, null))).isNull();
  }

  @Test
  void otherListsFallUnderTheDefault() {
    assertThat(Regimes.of(e(ListId.UN, null))).isNull();
    assertThat(Regimes.of(e(ListId.EU, null))).isNull();
  }
}
