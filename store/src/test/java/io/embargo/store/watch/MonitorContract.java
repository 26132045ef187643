package io.embargo.store.watch;

import static io.embargo.store.Entries.list;
import static io.embargo.store.Entries.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.embargo.match.ScreeningResult;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import io.embargo.store.Actor;
import io.embargo.store.ListStore;
import io.embargo.store.StoreTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Monitoring behaviour, run on SQLite and PostgreSQL. */
abstract class MonitorContract extends StoreTestBase {
  private static final ListEntry ACME = org(ListId.BIS_EL, "1", "Acme Rockets Ltd");
  private static final ListEntry NSO = org(ListId.BIS_EL, "2", "NSO Group Technologies Limited");
  private static final ListEntry CANDIRU = org(ListId.BIS_EL, "3", "Candiru", "Saito Tech Ltd.");
  private ListStore store;
  private WatchList watch;
  private NewHitSink hits;

  @BeforeEach
  void setUp() {
    store = new ListStore(db);
    watch = new WatchList(db);
    hits = Monitor.defaultSink(db);
    List<WatchedParty> parties = new ArrayList<>();
    parties.add(party("c-saito", "Saito Tech Ltd"));
    parties.add(party("c-nso", "NSO Group Technologies Limited"));
    for (int i = 0; i < 40; i++) {
      parties.add(party(String.format("c-%03d", i), "Ordinary Trading Company " + i));
    }
    watch.upsert(parties);
  }

  private static WatchedParty party(String id, String name) {
    return new WatchedParty(id, name, PartyType.ORGANIZATION, null, null, List.of(), null);
  }

  @Test
  void newVersionRaisesOnlyTheNewHitsAndNeverTwice() {
    store.importList(list(ListId.BIS_EL, "v1", null, ACME), Actor.SYSTEM);
    Monitor m = new Monitor(store, hits, 7);
    List<RescreenReport> first = m.runPending();
    assertThat(first).singleElement().satisfies(r -> {
      assertThat(r.jobId()).isEqualTo("delta:bis-el@1");
      assertThat(r.parties()).isEqualTo(42);
      assertThat(r.newHits()).isZero();
    });

    store.importList(list(ListId.BIS_EL, "v2", null, ACME, NSO, CANDIRU), Actor.SYSTEM);
    List<RescreenReport> second = m.runPending();
    assertThat(second).singleElement().satisfies(r -> {
      assertThat(r.entries()).isEqualTo(2);
      assertThat(r.newHits()).isEqualTo(2);
    });
    assertThat(Raised.all(db)).extracting(Raised::partyRef, Raised::entryKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("c-nso", "bis-el:2"),
            org.assertj.core.groups.Tuple.tuple("c-saito", "bis-el:3"));

    assertThat(m.runPending()).isEmpty();
    assertThat(m.rescreenFull().newHits()).isZero();
    assertThat(Raised.all(db)).hasSize(2);
  }

  @Test
  void changedEntryIsRescreenedButAnUnchangedOneIsNot() {
    store.importList(list(ListId.BIS_EL, "v1", null, ACME, CANDIRU), Actor.SYSTEM);
    Monitor m = new Monitor(store, hits);
    m.runPending();
    store.importList(list(ListId.BIS_EL, "v2", null, ACME, CANDIRU.toBuilder().program("CHANGED").build()), Actor.SYSTEM);

    RescreenReport r = m.runPending().get(0);

    assertThat(r.entries()).isEqualTo(1);
    assertThat(r.newHits()).as("the entry changed, so its hit is raised again for review").isEqualTo(1);
    assertThat(Raised.all(db)).extracting(Raised::entryKey).containsExactly("bis-el:3", "bis-el:3");
  }

  @Test
  void interruptedRescreenResumesWithoutLossOrDuplicates() {
    store.importList(list(ListId.BIS_EL, "v1", null, NSO, CANDIRU), Actor.SYSTEM);
    AtomicInteger calls = new AtomicInteger();
    NewHitSink crashing = (results, actor) -> {
      int n = hits.record(results, actor);
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("simulated crash");
      }
      return n;
    };
    assertThatThrownBy(() -> new Monitor(store, crashing, 5).runPending()).hasMessage("simulated crash");
    assertThat(new Monitor(store, hits).pendingJobs()).isEqualTo(1);

    RescreenReport resumed = new Monitor(store, hits, 5).runPending().get(0);

    assertThat(resumed.resumed()).isTrue();
    assertThat(Raised.all(db)).extracting(Raised::partyRef).containsExactly("c-nso", "c-saito");
    assertThat(new Monitor(store, hits).pendingJobs()).isZero();
  }

  @Test
  void sinkSeesTheVersionTheHitCameFrom() {
    store.importList(list(ListId.BIS_EL, "v1", null, CANDIRU), Actor.SYSTEM);
    List<ScreeningResult> seen = new ArrayList<>();
    new Monitor(store, (results, actor) -> {
      results.forEach(r -> seen.add(r.result()));
      return 1;
    }).runPending();
    assertThat(seen).singleElement().satisfies(r ->
        assertThat(r.listVersions()).extracting(v -> v.label()).containsExactly("bis-el@1"));
  }
}
