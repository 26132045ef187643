package io.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.lists.ImportedList;
import io.embargo.lists.ListFormat;
import io.embargo.lists.ListImportException;
import io.embargo.lists.ListImporters;
import io.embargo.lists.SharedLists;
import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningOptions;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import io.embargo.store.watch.Monitor;
import io.embargo.store.watch.RescreenReport;
import io.embargo.store.watch.WatchList;
import io.embargo.store.watch.WatchedParty;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** List history on the real files: the OFAC SDN diff and the November 2021 Entity List scenario. */
abstract class HistoryScenarioContract extends StoreTestBase {

  static Path fixture(String name) {
    return Path.of(System.getProperty("embargo.repo.root", ".")).resolve("fixtures/bis-el").resolve(name);
  }

  static Path sdn2021(String name) {
    return io.embargo.config.SharedFolder.list("ofac-sdn/2021-07/" + name);
  }

  static ImportedList read(LocalDate published, Path... files) throws ListImportException {
    return read(null, published, files);
  }

  static ImportedList read(ListFormat format, LocalDate published, Path... files) throws ListImportException {
    List<ImportedList> l = ListImporters.read(List.of(files), null, format);
    assertThat(l).hasSize(1);
    ImportedList i = l.get(0);
    return new ImportedList(i.list(), i.format(), i.files(), i.sha256(), published, i.entries());
  }

  /**
   * 2021-07 is a complete SDN CSV set. 2024-05 has only sdn.csv, so it is paired with the 2025-12 alt.csv
   * and add.csv (the evaluation set's pairing): a 2024-05 primary record then carries its 2025-12 aliases,
   * and the alias changes seen are those between the 2021-07 and 2025-12 alias files. Pairing it with the
   * 2021-07 alt.csv instead would hide every alias change by construction.
   */
  @Test
  void ofacSdnDiffBetween2021And2024ShowsRealChanges() throws ListImportException {
    ListStore store = new ListStore(db);
    store.importList(read(LocalDate.of(2021, 7, 7), SharedLists.file("ofac-sdn/2021-07/sdn.csv"),
        SharedLists.file("ofac-sdn/2021-07/alt.csv"), SharedLists.file("ofac-sdn/2021-07/add.csv"),
        SharedLists.file("ofac-sdn/2021-07/sdn_comments.csv")), Actor.SYSTEM);
    store.importList(read(LocalDate.of(2024, 5, 3), SharedLists.file("ofac-sdn/2024-05/sdn.csv"),
        SharedLists.file("ofac-sdn/2025-12/alt.csv"), SharedLists.file("ofac-sdn/2025-12/add.csv")), Actor.SYSTEM);

    ListDiff d = store.diff(ListId.OFAC_SDN, 1, 2);

    // Counted independently from the files' ent_num columns: 6,870 new, 881 gone.
    assertThat(d.added()).hasSize(6870);
    assertThat(d.removed()).hasSize(881);
    assertThat(d.added()).filteredOn(e -> e.sourceId().equals("17013")).singleElement()
        .extracting(ListEntry::name).isEqualTo("VTB BANK PUBLIC JOINT STOCK COMPANY");
    assertThat(d.removed()).extracting(ListEntry::sourceId).contains("1572");
    EntryChange realIra = d.changed().stream().filter(c -> c.after().sourceId().equals("6853")).findFirst()
        .orElseThrow();
    FieldChange aliases = realIra.fields().stream().filter(f -> f.field().equals("aliases")).findFirst().orElseThrow();
    assertThat(aliases.added()).contains("IRA ARMY COUNCIL");
    assertThat(aliases.removed()).contains("RIRA");
    assertThat(d.changed().stream().filter(c -> c.fields().stream().anyMatch(f -> f.field().equals("aliases"))))
        .hasSizeGreaterThan(100);
    assertThat(store.storedContents()).as("unchanged entries stored once")
        .isLessThan(8977 + 14966);
  }

  @Test
  void november2021EntityListUpdateRaisesExactlyTheNewAlerts() throws ListImportException {
    ListStore store = new ListStore(db);
    List<WatchedParty> watched = new ArrayList<>();
    watched.add(org("c-saito", "Saito Tech Ltd", "IL"));
    watched.add(org("c-nso", "NSO Group Technologies Limited", "IL"));
    watched.add(org("c-siemens", "Siemens AG", "DE"));
    watched.add(org("c-maersk", "Maersk Line A/S", "DK"));
    watched.add(org("c-toyota", "Toyota Tsusho Corporation", "JP"));
    watched.add(org("c-bakery", "Tel Aviv Bakery Ltd", "IL"));
    watched.add(org("c-moscow", "Moscow Trading House LLC", "RU"));
    watched.add(org("c-citilink", "Citilink Logistics Pte Ltd", "SG"));
    Monitor monitor = new Monitor(store, Monitor.defaultSink(db));
    // The OFAC SDN list as it stood in July 2021 is in force too, as in any real store: the word statistics
    // of a realistic corpus are what the delta re-screen must score with.
    store.importList(read(LocalDate.of(2021, 7, 7), sdn2021("sdn.csv"), sdn2021("alt.csv"), sdn2021("add.csv"),
        sdn2021("sdn_comments.csv")), Actor.SYSTEM);
    monitor.runPending();
    new WatchList(db).upsert(watched);

    store.importList(read(ListFormat.CSL_CSV, LocalDate.of(2021, 10, 1), fixture("entity-list-2021-10-01.csv")), Actor.SYSTEM);
    assertThat(monitor.runPending()).extracting(RescreenReport::newHits).containsExactly(0L);
    ImportResult nov = store.importList(read(ListFormat.CSL_CSV, LocalDate.of(2021, 11, 4), fixture("entity-list-2021-11-04.csv")),
        Actor.SYSTEM);
    List<RescreenReport> update = monitor.runPending();

    String list = nov.version().list().code();
    String nsoKey = list + ":fb5fada77912cd3d96a41e2855c7ba75792caeb03b302e047be9b096";
    String candiruKey = list + ":77b6099ac4f94226166244b3e63c0f9378e51fbf5f1eea7ec6b1ec7d";
    Screener before = store.screener(LocalDate.of(2021, 11, 1));
    Screener after = store.screener(LocalDate.of(2021, 11, 4));
    List<String> raised = io.embargo.store.watch.Raised.all(db).stream().map(r -> r.partyRef() + " " + r.entryKey())
        .toList();

    // Exactly the new alerts: what a full screen as of 4 Nov finds and a full screen as of 1 Nov does not.
    List<String> newHits = new ArrayList<>(fullScreenHits(watched, after));
    newHits.removeAll(fullScreenHits(watched, before));
    assertThat(raised).containsExactlyInAnyOrderElementsOf(newHits);
    assertThat(update).singleElement().satisfies(r -> {
      assertThat(r.entries()).as("only the four added entries are screened").isEqualTo(4);
      assertThat(r.newHits()).isEqualTo(raised.size());
    });
    assertThat(raised).contains("c-saito " + candiruKey, "c-nso " + nsoKey)
        .noneMatch(r -> r.startsWith("c-siemens") || r.startsWith("c-maersk") || r.startsWith("c-toyota")
            || r.startsWith("c-bakery") || r.startsWith("c-moscow") || r.startsWith("c-citilink"));

    // As of 1 Nov neither entry exists to be a candidate; as of 4 Nov both names hit their entry.
    ScreeningOptions any = ScreeningOptions.DEFAULT.withMinScore(0.0);
    for (WatchedParty p : watched.subList(0, 2)) {
      assertThat(before.screen(p.toQuery(), any).hits()).as("as of 2021-11-01: " + p.name())
          .noneMatch(h -> h.entry().key().equals(nsoKey) || h.entry().key().equals(candiruKey));
    }
    assertThat(after.screen(watched.get(0).toQuery()).hits()).extracting(h -> h.entry().key()).contains(candiruKey);
    assertThat(after.screen(watched.get(1).toQuery(), any).hits()).filteredOn(h -> h.entry().key().equals(nsoKey))
        .singleElement().satisfies(h -> assertThat(h.score()).isGreaterThanOrEqualTo(after.defaultThreshold()));
    assertThat(before.screen(Query.of("Saito Tech Ltd")).listVersions())
        .filteredOn(v -> v.list() == nov.version().list()).extracting(v -> v.version()).containsExactly(1L);

    assertThat(monitor.runPending()).isEmpty();
    assertThat(monitor.rescreenFull().newHits()).as("a full re-screen raises nothing already raised").isZero();
  }

  private static List<String> fullScreenHits(List<WatchedParty> parties, Screener s) {
    List<String> out = new ArrayList<>();
    for (WatchedParty p : parties) {
      s.screen(p.toQuery()).hits().forEach(h -> out.add(p.ref() + " " + h.entry().key()));
    }
    return out;
  }

  private static WatchedParty org(String id, String name, String country) {
    return new WatchedParty(id, name, PartyType.ORGANIZATION, country, null, List.of(), null);
  }
}
