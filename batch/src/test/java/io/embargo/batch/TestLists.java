package io.embargo.batch;

import io.embargo.match.Screener;
import io.embargo.model.Alias;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import java.util.List;

/** A few hand-written entries (the Nov-2021 Entity List additions and one SDN) for fast tests. */
final class TestLists {
  private TestLists() {}

  static List<ListEntry> entries() {
    return List.of(
        ListEntry.builder(ListId.BIS_EL, "el-1").type(PartyType.ORGANIZATION).name("NSO Group")
            .program("EAR").build(),
        ListEntry.builder(ListId.BIS_EL, "el-2").type(PartyType.ORGANIZATION).name("Candiru")
            .alias(Alias.strong("Saito Tech")).program("EAR").build(),
        ListEntry.builder(ListId.OFAC_SDN, "31455").type(PartyType.ORGANIZATION)
            .name("Positive Technologies").alias(Alias.strong("Pozitiv Teknolodzhiz"))
            .program("CYBER2").program("RUSSIA-EO14024").build(),
        ListEntry.builder(ListId.BIS_EL, "el-4").type(PartyType.ORGANIZATION)
            .name("Computer Security Initiative Consultancy").alias(Alias.strong("COSEINC")).program("EAR").build());
  }

  static Screener screener() {
    return Screener.builder().add(entries()).build();
  }
}
