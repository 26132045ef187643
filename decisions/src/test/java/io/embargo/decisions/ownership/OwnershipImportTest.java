package io.embargo.decisions.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnershipImportTest {
  @TempDir Path dir;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(OwnershipImportTest.class.getResource("/ownership/" + name).toURI());
  }

  @Test
  void readsCsvWithDefaultSourceUnknownShareAndOptionalDate() throws Exception {
    List<OwnershipLink> links = OwnershipImport.read(resource("links.csv"), OwnershipFormat.CSV, "links.csv");

    assertThat(links).hasSize(4);
    assertThat(links.get(0)).isEqualTo(new OwnershipLink("Volga Petroleum Holdings", "Baltic Fuel Trading", 30.0,
        "registry-2025", LocalDate.of(2025, 6, 1)));
    assertThat(links.get(1).percent()).isEqualTo(25.0);
    assertThat(links.get(1).source()).isEqualTo("links.csv");
    assertThat(links.get(2).owner()).isEqualTo("Petrov, Ivan");
    assertThat(links.get(2).asOf()).isNull();
    assertThat(links.get(3).percent()).isNull();
    assertThat(links.get(3).percentText()).isEqualTo("unknown %");
  }

  @Test
  void badCsvRecordFailsTheWholeFileNamingLineAndField() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "owner,owned,percent\nA,B,40\nA,C,140\n");
    assertThatThrownBy(() -> OwnershipImport.read(f, OwnershipFormat.CSV, "bad"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.csv:3: percent: must be above 0 and at most 100, was '140'");

    Files.writeString(f, "owner,owned,percent\n,B,40\n");
    assertThatThrownBy(() -> OwnershipImport.read(f, OwnershipFormat.CSV, "bad"))
        .hasMessageContaining("bad.csv:2: owner: must not be empty");

    Files.writeString(f, "owner,percent\nA,40\n");
    assertThatThrownBy(() -> OwnershipImport.read(f, OwnershipFormat.CSV, "bad"))
        .hasMessageContaining("header: column 'owned' missing");

    Files.writeString(f, "owner,owned,percent,source,as_of\nA,B,40,x,June 2025\n");
    assertThatThrownBy(() -> OwnershipImport.read(f, OwnershipFormat.CSV, "bad"))
        .hasMessageContaining("bad.csv:2: as_of: not an ISO date");
  }

  @Test
  void readsFollowTheMoneyOwnershipResolvingIdsToNames() throws Exception {
    List<OwnershipLink> links = OwnershipImport.read(resource("ownership.ftm.json"), OwnershipFormat.FTM, "os");

    assertThat(links).hasSize(2);
    assertThat(links.get(0)).isEqualTo(new OwnershipLink("Volga Petroleum Holdings", "Baltic Fuel Trading", 30.0,
        "opensanctions:ru_egrul", LocalDate.of(2024, 3, 1)));
    assertThat(links.get(1).owner()).isEqualTo("Ivan Petrov");
    assertThat(links.get(1).percent()).as("a range is an unknown share").isNull();
    assertThat(links.get(1).asOf()).isEqualTo(LocalDate.of(2025, 6, 1));
  }

  @Test
  void ftmWithoutOwnershipEntitiesOrWithBadJsonFails() throws Exception {
    Path f = dir.resolve("x.ftm.json");
    Files.writeString(f, "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"A\"]}}\n");
    assertThatThrownBy(() -> OwnershipImport.read(f, OwnershipFormat.FTM, "x"))
        .hasMessageContaining("no ownership links found");

    Files.writeString(f, "{\"id\":\"o\",\"schema\":\"Ownership\",\"properties\":{\"asset\":[\"a\"]}}\n{oops\n");
    assertThatThrownBy(() -> OwnershipImport.read(f, OwnershipFormat.FTM, "x"))
        .hasMessageContaining("x.ftm.json:2: not a JSON entity");

    Files.writeString(f, "{\"id\":\"o\",\"schema\":\"Ownership\",\"properties\":{\"asset\":[\"a\"]}}\n");
    assertThatThrownBy(() -> OwnershipImport.read(f, OwnershipFormat.FTM, "x"))
        .hasMessageContaining("x.ftm.json:1: owner: missing");
  }

  @Test
  void sharedOpenSanctionsSampleHasNoOwnershipEntities() {
    Path shared = io.embargo.config.SharedFolder.list("opensanctions/yente-fixture-t1-entities.ftm.json");
    assertThatThrownBy(() -> OwnershipImport.read(shared, OwnershipFormat.FTM, "yente"))
        .hasMessageContaining("no ownership links found");
  }

  @Test
  void graphKeepsTheLatestOfDuplicateLinks() {
    OwnershipGraph g = OwnershipGraph.of(List.of(
        new OwnershipLink("A", "B", 30.0, "old", LocalDate.of(2020, 1, 1)),
        new OwnershipLink("a", "b", 60.0, "new", LocalDate.of(2024, 1, 1))));
    assertThat(g.size()).isEqualTo(1);
    assertThat(g.ownersOf("B")).extracting(OwnershipLink::percent).containsExactly(60.0);
  }
}
