package io.embargo.store;

import static io.embargo.store.Entries.list;
import static io.embargo.store.Entries.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.ListVersionRef;
import io.embargo.model.PartyType;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list store's behaviour, run on SQLite and PostgreSQL. */
abstract class ListStoreContract extends StoreTestBase {
  private static final ListEntry ACME = org(ListId.BIS_EL, "1", "Acme Rockets Ltd");
  private static final ListEntry NSO = org(ListId.BIS_EL, "2", "NSO Group Technologies Limited");
  private static final ListEntry CANDIRU = org(ListId.BIS_EL, "3", "Candiru", "Saito Tech Ltd.");
  private ListStore store;

  @BeforeEach
  void store() {
    store = new ListStore(db);
  }

  @Test
  void firstImportIsVersionOneAndIdenticalReimportMakesNoVersion() {
    ImportResult first = store.importList(list(ListId.BIS_EL, "aa", null, ACME, NSO), Actor.SYSTEM);
    ImportResult again = store.importList(list(ListId.BIS_EL, "aa", null, ACME, NSO), Actor.SYSTEM);
    ImportResult sameEntriesOtherFile = store.importList(list(ListId.BIS_EL, "bb", null, NSO, ACME), Actor.SYSTEM);

    assertThat(first.created()).isTrue();
    assertThat(first.version().version()).isEqualTo(1);
    assertThat(first.previous()).isNull();
    assertThat(again.created()).isFalse();
    assertThat(again.version().version()).isEqualTo(1);
    assertThat(sameEntriesOtherFile.created()).isFalse();
    assertThat(store.versions(ListId.BIS_EL)).hasSize(1);
  }

  @Test
  void storedEntriesReadBackWithTheSameContentHash() {
    ListEntry rich = Entries.rich();
    ListVersionRef v = store.importVersion(list(ListId.OFAC_SDN, "cc", null, rich), Actor.SYSTEM);

    assertThat(store.entries(v)).containsExactly(rich);
    assertThat(store.entries(v).get(0).contentHash()).isEqualTo(rich.contentHash());
    assertThat(store.countsByType(v)).containsEntry(PartyType.ORGANIZATION, 1);
  }

  @Test
  void diffFindsAddedRemovedAndFieldByFieldChanges() {
    store.importList(list(ListId.BIS_EL, "v1", null, ACME, NSO), Actor.SYSTEM);
    ListEntry nsoChanged = NSO.toBuilder().alias(io.embargo.model.Alias.strong("NSO Group")).program("NEW-PROG").build();
    store.importList(list(ListId.BIS_EL, "v2", null, nsoChanged, CANDIRU), Actor.SYSTEM);

    ListDiff d = store.diff(ListId.BIS_EL, 1, 2);

    assertThat(d.added()).extracting(ListEntry::name).containsExactly("Candiru");
    assertThat(d.removed()).extracting(ListEntry::name).containsExactly("Acme Rockets Ltd");
    assertThat(d.changed()).hasSize(1);
    assertThat(d.changed().get(0).fields()).containsExactly(
        new FieldChange("aliases", java.util.List.of("NSO Group"), java.util.List.of()),
        new FieldChange("programs", java.util.List.of("NEW-PROG"), java.util.List.of()));
    assertThat(store.diff(ListId.BIS_EL, 2, 2).isEmpty()).isTrue();
    assertThatThrownBy(() -> store.diff(ListId.BIS_EL, 1, 9)).hasMessageContaining("no version 9");
  }

  @Test
  void unchangedEntriesAreStoredOnceAcrossVersions() {
    store.importList(list(ListId.BIS_EL, "v1", null, ACME, NSO), Actor.SYSTEM);
    store.importList(list(ListId.BIS_EL, "v2", null, ACME, NSO, CANDIRU), Actor.SYSTEM);
    store.importList(list(ListId.BIS_EL, "v3", null, ACME, CANDIRU), Actor.SYSTEM);

    assertThat(store.versions(ListId.BIS_EL)).extracting(ListVersionRef::entries).containsExactly(2, 3, 2);
    assertThat(store.storedContents()).isEqualTo(3);
    assertThat(store.newContent(ListId.BIS_EL, 1L, 2)).containsExactly(CANDIRU);
    assertThat(store.newContent(ListId.BIS_EL, null, 1)).containsExactly(ACME, NSO);
  }

  @Test
  void versionInForceFollowsThePublicationDate() {
    store.importList(list(ListId.BIS_EL, "oct", LocalDate.of(2021, 10, 1), ACME), Actor.SYSTEM);
    store.importList(list(ListId.BIS_EL, "nov", LocalDate.of(2021, 11, 4), ACME, NSO), Actor.SYSTEM);
    store.importList(list(ListId.OFAC_SDN, "sdn", null, Entries.rich()), Actor.SYSTEM);

    assertThat(store.activeVersions(LocalDate.of(2021, 11, 1))).extracting(ListVersionRef::label)
        .containsExactly("bis-el@1");
    assertThat(store.activeVersions(LocalDate.of(2021, 11, 4))).extracting(ListVersionRef::label)
        .containsExactly("bis-el@2");
    assertThat(store.activeVersions(null)).extracting(ListVersionRef::label)
        .containsExactly("ofac-sdn@1", "bis-el@2");
    assertThat(store.activeVersions(LocalDate.of(2021, 9, 1))).isEmpty();
  }

  @Test
  void screenerRecordsTheVersionsItWasBuiltFrom() {
    store.importList(list(ListId.BIS_EL, "oct", LocalDate.of(2021, 10, 1), ACME), Actor.SYSTEM);
    store.importList(list(ListId.BIS_EL, "nov", LocalDate.of(2021, 11, 4), ACME, CANDIRU), Actor.SYSTEM);

    Screener before = store.screener(LocalDate.of(2021, 11, 1));
    Screener after = store.screener(null);

    assertThat(before.screen(Query.of("Saito Tech Ltd")).hits()).isEmpty();
    assertThat(before.listVersions()).extracting(ListVersionRef::label).containsExactly("bis-el@1");
    assertThat(after.screen(Query.of("Saito Tech Ltd")).hits()).extracting(h -> h.entry().name())
        .contains("Candiru");
    assertThat(after.screen(Query.of("Saito Tech Ltd")).listVersions()).extracting(ListVersionRef::label)
        .containsExactly("bis-el@2");
  }

  @Test
  void retentionKeepsOnlyTheNewestVersions() {
    ListStore keepTwo = new ListStore(db, 2);
    keepTwo.importList(list(ListId.BIS_EL, "v1", null, ACME), Actor.SYSTEM);
    keepTwo.importList(list(ListId.BIS_EL, "v2", null, NSO), Actor.SYSTEM);
    keepTwo.importList(list(ListId.BIS_EL, "v3", null, CANDIRU), Actor.SYSTEM);

    assertThat(keepTwo.versions(ListId.BIS_EL)).extracting(ListVersionRef::version).containsExactly(2L, 3L);
    assertThat(keepTwo.storedContents()).isEqualTo(2);
    assertThatThrownBy(() -> new ListStore(db, -1)).hasMessageContaining("retention");
    assertThat(ListStore.retention(null)).isZero();
    assertThat(ListStore.retention(" 12 ")).isEqualTo(12);
    assertThatThrownBy(() -> ListStore.retention("forever")).hasMessageContaining("EMBARGO_LIST_RETENTION")
        .hasMessageContaining("'forever'");
    assertThatThrownBy(() -> ListStore.retention("-3")).hasMessageContaining("EMBARGO_LIST_RETENTION");
  }

  @Test
  void emptyListIsRefusedAndChangesNothing() {
    store.importList(list(ListId.BIS_EL, "v1", null, ACME), Actor.SYSTEM);
    assertThatThrownBy(() -> store.importList(list(ListId.BIS_EL, "v2", null), Actor.SYSTEM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no entries");
    assertThat(store.versions(ListId.BIS_EL)).hasSize(1);
  }
}
