package io.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnershipCommandTest {
  @TempDir Path dir;


  @Test
  void importsCsvAndListsTheLinks() throws Exception {
    Path csv = dir.resolve("links.csv");
    Files.writeString(csv, "owner,owned,percent,source,as_of\n"
        + "Volga Petroleum Holdings,Baltic Fuel Trading,30,registry,2025-06-01\n"
        + "Neva Shipping Group,Baltic Fuel Trading,unknown,registry,\n");
    String home = dir.resolve("home").toString();

    CliRun imp = CliRun.of("ownership", "import", csv.toString(), "--home", home);
    assertThat(imp.code()).as(imp.err()).isZero();
    assertThat(imp.out()).contains("imported 2 ownership links").contains("1 of unknown share").contains("registry");

    CliRun list = CliRun.of("ownership", "list", "--home", home);
    assertThat(list.code()).isZero();
    assertThat(list.out()).contains("Volga Petroleum Holdings").contains("30%").contains("unknown %")
        .contains("2025-06-01").contains("2 links");

    CliRun owned = CliRun.of("ownership", "list", "--owned", "baltic fuel trading", "--home", home);
    assertThat(owned.out()).contains("2 links");
  }

  @Test
  void badFileIsOneErrorNamingLineAndFieldAndStoresNothing() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "owner,owned,percent\nA,B,40\nA,C,abc\n");
    String home = dir.resolve("home").toString();

    CliRun imp = CliRun.of("ownership", "import", csv.toString(), "--format", "csv", "--home", home);
    assertThat(imp.code()).isEqualTo(ErrorHandler.BAD_INPUT);
    assertThat(imp.err()).contains("bad.csv:3: percent: not a number or 'unknown': 'abc'");
    assertThat(CliRun.of("ownership", "list", "--home", home).out()).contains("0 links");

    CliRun fmt = CliRun.of("ownership", "import", csv.toString(), "--format", "xml", "--home", home);
    assertThat(fmt.code()).isEqualTo(ErrorHandler.BAD_INPUT);
    assertThat(fmt.err()).contains("format: unknown ownership format 'xml'");
  }
}
