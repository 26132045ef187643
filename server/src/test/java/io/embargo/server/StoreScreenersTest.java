package io.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.store.Database;
import io.embargo.store.ListStore;
import io.embargo.store.StoreConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new list version imported while the server runs is swapped in; point-in-time screeners still see the old. */
class StoreScreenersTest {
  @TempDir Path dir;

  @Test
  void refreshSwapsInNewVersionsAndAsOfKeepsTheOld() throws Exception {
    try (Database db = Database.open(StoreConfig.embedded(dir))) {
      ListStore store = new ListStore(db);
      TestStore.importFixture(store, "2021-10-01");
      java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
      try (StoreScreeners s = new StoreScreeners(store, store.screener(null), null).onChange(changes::incrementAndGet)) {
        Screener before = s.current();
        assertThat(before.screen(Query.of("NSO Group")).hits()).isEmpty();
        assertThat(s.refresh()).isFalse();
        TestStore.importFixture(store, "2021-11-04");
        assertThat(s.refresh()).isTrue();
        assertThat(changes.get()).isEqualTo(1);
        assertThat(s.current()).isNotSameAs(before);
        assertThat(s.current().screen(Query.of("NSO Group")).hits()).isNotEmpty();
        assertThat(s.asOf(LocalDate.parse("2021-10-15")).screen(Query.of("NSO Group")).hits()).isEmpty();
        assertThat(s.asOf(LocalDate.parse("2021-10-15"))).isSameAs(s.asOf(LocalDate.parse("2021-10-15")));
        assertThatThrownBy(() -> s.asOf(LocalDate.parse("2000-01-01"))).hasMessageStartingWith("as_of:");
      }
    }
  }
}
