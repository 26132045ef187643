package io.embargo.store.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.embargo.decisions.ownership.OwnershipLink;
import io.embargo.store.TestDb;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    try (TestDb t = TestDb.sqlite(dir)) {
      exercise(new OwnershipLinks(t.db()));
    }
  }

  @Test
  @Tag("postgres")
  void postgres() {
    try (TestDb t = TestDb.postgres()) {
      exercise(new OwnershipLinks(t.db()));
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
