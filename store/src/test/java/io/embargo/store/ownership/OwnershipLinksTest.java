package io.embargo.store.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.embargo.decisions.ownership.OwnershipLink;
import io.embargo.store.Database;
import io.embargo.store.StoreConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ownership links persist on real SQLite and real PostgreSQL. */
class OwnershipLinksTest {
  @TempDir Path dir;

  private static final List<OwnershipLink> REGISTRY = List.of(
      new OwnershipLink("Volga Petroleum Holdings", "Baltic Fuel Trading", 30.0, "registry", LocalDate.of(2025, 6, 1)),
      new OwnershipLink("Neva Shipping Group", "Baltic Fuel Trading", 25.0, "registry", null),
      new OwnershipLink("Volga Petroleum Holdings", "Opaque Co", null, "registry", LocalDate.of(2025, 6, 1)));

  @Test
  void sqlite() {
    try (Database db = Database.open(StoreConfig.embedded(dir))) {
      exercise(new OwnershipLinks(db));
    }
  }

  @Test
  @Tag("postgres")
  void postgres() throws Exception {
    String url = System.getenv("EMBARGO_TEST_PG_URL");
    assumeTrue(url != null && !url.isBlank(), "EMBARGO_TEST_PG_URL not set");
    String schema = "own_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    try (Database db = Database.open(new StoreConfig(url + (url.contains("?") ? "&" : "?") + "currentSchema="
        + schema, null, null))) {
      exercise(new OwnershipLinks(db));
    } finally {
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static void exercise(OwnershipLinks store) {
    assertThat(store.replace(REGISTRY)).isEqualTo(3);
    assertThat(store.all()).containsExactlyElementsOf(REGISTRY);

    OwnershipLink other = new OwnershipLink("A", "B", 51.0, "other", null);
    store.replace(List.of(other));
    List<OwnershipLink> replacement = List.of(new OwnershipLink("X", "Baltic Fuel Trading", 100.0, "registry", null));
    store.replace(replacement);
    assertThat(store.all()).containsExactlyInAnyOrder(other, replacement.get(0));
    assertThat(store.graph().ownersOf("baltic fuel trading")).extracting(OwnershipLink::owner).containsExactly("X");

    // a failing import (over-long name, rejected by the database mid-batch) leaves the previous links of the source in place
    List<OwnershipLink> tooLong = new ArrayList<>(REGISTRY);
    tooLong.add(new OwnershipLink("Y".repeat(2000), "Z", 10.0, "registry", null));
    assertThatThrownBy(() -> store.replace(tooLong)).isInstanceOf(RuntimeException.class);
    assertThat(store.all()).containsExactlyInAnyOrder(other, replacement.get(0));

    assertThat(store.deleteSource("other")).isEqualTo(1);
    assertThat(store.all()).containsExactly(replacement.get(0));
  }
}
