package io.embargo.server;

import io.embargo.match.Screener;
import io.embargo.model.Alias;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.ListVersionRef;
import io.embargo.model.PartyType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Test list entries: the Entity List additions of 4 November 2021 (see fixtures/bis-el/README.md). */
final class Fixtures {
  private Fixtures() {}

  static List<ListEntry> entityList() {
    String req = "For all items subject to the EAR. (See §744.11 of the EAR).";
    return List.of(
        el("fb5fada7", "NSO Group", req).build(),
        el("c4c3f8d1", "Candiru", req).alias(Alias.strong("Saito Tech Ltd.")).build(),
        el("b7e2a9c0", "Positive Technologies", req).alias(Alias.strong("Pozitiv Teknolodzhiz, AO")).build(),
        el("d1f0aa77", "Computer Security Initiative Consultancy PTE. LTD.", req).alias(Alias.strong("COSEINC")).build());
  }

  private static ListEntry.Builder el(String id, String name, String req) {
    return ListEntry.builder(ListId.BIS_EL, id).type(PartyType.ORGANIZATION).name(name).sourceProgram("EL")
        .licenceRequirement(req).licencePolicy("Presumption of denial.").federalRegisterCitation("86 FR 60759")
        .listedOn(LocalDate.of(2021, 11, 4)).sourceUrl("https://www.bis.gov/regulations/ear/744#supplement-4-744");
  }

  static Screener screener() {
    return Screener.builder().add(entityList())
        .listVersion(new ListVersionRef(ListId.BIS_EL, 2, "ab".repeat(32), LocalDate.of(2021, 11, 4),
            Instant.parse("2021-11-04T12:00:00Z"), 4))
        .build();
  }
}
