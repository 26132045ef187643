package io.embargo.decisions;

import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import java.time.LocalDate;

/** Hand-built list entries for tests. */
public final class TestEntries {
  private TestEntries() {}

  /** Candiru as in fixtures/bis-el/entity-list-2021-11-04.csv (CSL row, source program EL). */
  public static ListEntry candiru() {
    ListEntry.Builder b = ListEntry.builder(ListId.CSL, "77b6099ac4f94226166244b3e63c0f9378e51fbf5f1eea7ec6b1ec7d")
        .sourceProgram("EL").type(PartyType.ORGANIZATION).name("Candiru")
        .federalRegisterCitation("86 FR 60759").listedOn(LocalDate.of(2021, 11, 4))
        .licenceRequirement("For all items subject to the EAR. (See §744.11 of the EAR).")
        .licencePolicy("Presumption of denial.");
    for (String a : new String[] {"Candiru Ltd.", "DF Associates Ltd.", "Grindavik Solutions Ltd.", "Taveta Ltd.",
        "Saito Tech Ltd.", "Greenwick Solutions", "Tabatha Ltd."}) {
      b.alias(new Alias(a, AliasQuality.STRONG, "aka"));
    }
    return b.build();
  }

  public static ListEntry sdn(String id, String name) {
    return ListEntry.builder(ListId.OFAC_SDN, id).type(PartyType.ORGANIZATION).name(name).program("RUSSIA-EO14024")
        .build();
  }

  public static ListEntry entityList(String id, String name) {
    return ListEntry.builder(ListId.BIS_EL, id).type(PartyType.ORGANIZATION).name(name)
        .licenceRequirement("For all items subject to the EAR.").licencePolicy("Presumption of denial.")
        .federalRegisterCitation("90 FR 12345").build();
  }
}
