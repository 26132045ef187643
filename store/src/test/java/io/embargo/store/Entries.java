package io.embargo.store;

import io.embargo.lists.ImportedList;
import io.embargo.lists.ListFormat;
import io.embargo.model.Address;
import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Hand-made entries and lists for store tests. */
public final class Entries {
  private Entries() {}

  public static ListEntry org(ListId list, String id, String name, String... aliases) {
    ListEntry.Builder b = ListEntry.builder(list, id).type(PartyType.ORGANIZATION).name(name).program("TEST");
    for (String a : aliases) {
      b.alias(Alias.strong(a));
    }
    return b.build();
  }

  /** An entry with every field set, to check that storage loses nothing. */
  public static ListEntry rich() {
    return ListEntry.builder(ListId.OFAC_SDN, "31455").sourceProgram(null).type(PartyType.ORGANIZATION)
        .name("AKTSIONERNOE OBSHCHESTVO POZITIV TEKNOLODZHIZ")
        .alias(new Alias("JSC POSITIVE TECHNOLOGIES", AliasQuality.STRONG, "aka"))
        .alias(new Alias("POZITIV", AliasQuality.WEAK, "aka"))
        .address(new Address("Shchelkovskoe shosse 30", "Moscow", null, "107241", "RU"))
        .identifier(new Identifier("Tax ID No.", "7718668887", "RU"))
        .dateOfBirth(DateOfBirth.years(1960, 1962)).dateOfBirth(DateOfBirth.exact(LocalDate.of(1970, 3, 4)))
        .placeOfBirth("Moscow").nationality("RU").program("CYBER2").program("RUSSIA-EO14024")
        .remarks("Website www.ptsecurity.com").listedOn(LocalDate.of(2021, 4, 15))
        .federalRegisterCitation("86 FR 20249").licenceRequirement("For all items subject to the EAR.")
        .licencePolicy("Presumption of denial.").sourceUrl("https://example.org/sdn").linkedTo("SOMEONE ELSE")
        .title("Company").build();
  }

  public static ImportedList list(ListId list, String sha, LocalDate published, ListEntry... entries) {
    return new ImportedList(list, ListFormat.CSL_CSV, List.of(Path.of("test-" + sha + ".csv")), sha, published,
        List.of(entries));
  }
}
