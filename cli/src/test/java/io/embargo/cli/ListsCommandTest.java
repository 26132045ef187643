package io.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code embargo lists …} and {@code embargo watch …} end to end on an embedded database. */
class ListsCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String fixture(String name) {
    return Path.of(System.getProperty("embargo.repo.root", ".")).resolve("fixtures/bis-el").resolve(name).toString();
  }

  private Run importEl(String home, String file, String published) {
    return run("lists", "import", fixture(file), "--list", "bis-el", "--format", "CSL_CSV", "--published", published,
        "--home", home);
  }

  @Test
  void importShowDiffAndMonitoring() throws Exception {
    String home = dir.resolve("home").toString();
    assertThat(run("lists", "show", "--home", home).out()).contains("No lists loaded");
    Path customers = dir.resolve("customers.csv");
    Files.writeString(customers, "id,name,type,country\nc-saito,Saito Tech Ltd,company,IL\n"
        + "c-siemens,Siemens AG,company,DE\nc-maersk,Maersk Line A/S,company,DK\n");
    Run w = run("watch", "import", customers.toString(), "--home", home);
    assertThat(w.code()).as(w.err()).isZero();
    assertThat(w.out()).contains("3 parties imported");

    Run first = importEl(home, "entity-list-2021-10-01.csv", "2021-10-01");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).containsPattern("bis-el: version 1, 1 entries, sha256 [0-9a-f]{64}")
        .contains("re-screen delta:bis-el@1: 3 watched parties against 1 entries, 0 new alerts");
    assertThat(importEl(home, "entity-list-2021-10-01.csv", "2021-10-01").out())
        .contains("bis-el: unchanged, still version 1");

    Run second = importEl(home, "entity-list-2021-11-04.csv", "2021-11-04");
    assertThat(second.out()).contains("bis-el: version 2, 5 entries")
        .contains("re-screen delta:bis-el@2: 3 watched parties against 4 entries, 1 new alerts");
    assertThat(run("watch", "rescreen", "--home", home).out()).contains("nothing to re-screen");
    assertThat(run("watch", "rescreen", "--full", "--home", home).out()).contains("0 new alerts");

    Run show = run("lists", "show", "--home", home);
    assertThat(show.out()).contains("bis-el  version 2  5 entries").contains("published: 2021-11-04")
        .contains("entity-list-2021-11-04.csv");
    assertThat(run("lists", "show", "--as-of", "2021-11-01", "--home", home).out()).contains("bis-el  version 1  1 entries");
    assertThat(run("lists", "versions", "bis-el", "--home", home).out()).contains("2021-10-01").contains("2021-11-04");

    Run diff = run("lists", "diff", "bis-el", "--home", home);
    assertThat(diff.out()).contains("bis-el@1 -> bis-el@2: 4 added, 0 removed, 0 changed").contains("+ ")
        .contains("NSO Group").contains("Candiru");
    JsonNode json = JsonMapper.builder().build().readTree(run("lists", "diff", "bis-el", "--json", "--home", home).out());
    assertThat(json.get("added").size()).isEqualTo(4);
    assertThat(json.get("from").asLong()).isEqualTo(1);

    assertThat(run("watch", "list", "--home", home).out()).contains("c-saito\tSaito Tech Ltd").contains("3 watched parties");
  }

  @Test
  void screenerSourceScreensAgainstTheVersionsInForceOnTheDate() throws Exception {
    String home = dir.resolve("home").toString();
    importEl(home, "entity-list-2021-10-01.csv", "2021-10-01");
    importEl(home, "entity-list-2021-11-04.csv", "2021-11-04");
    GlobalOptions options = new GlobalOptions();
    options.home = Path.of(home);

    io.embargo.match.Screener before = ScreenerSource.load(options, java.time.LocalDate.of(2021, 11, 1));
    io.embargo.match.Screener now = ScreenerSource.load(options, null);

    assertThat(before.listVersions()).extracting(v -> v.label()).containsExactly("bis-el@1");
    assertThat(before.screen(io.embargo.match.Query.of("Saito Tech Ltd")).hits()).isEmpty();
    assertThat(now.screen(io.embargo.match.Query.of("Saito Tech Ltd")).hits()).extracting(h -> h.entry().name())
        .containsExactly("Candiru");
    assertThat(now.screen(io.embargo.match.Query.of("Saito Tech Ltd")).listVersions()).extracting(v -> v.label())
        .containsExactly("bis-el@2");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScreenerSource.load(options,
        java.time.LocalDate.of(2020, 1, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no list version was in force");
  }

  @Test
  void badFileIsOneErrorAndThePreviousVersionStaysActive() throws Exception {
    String home = dir.resolve("home").toString();
    importEl(home, "entity-list-2021-10-01.csv", "2021-10-01");
    Path bad = dir.resolve("garbage.csv");
    Files.writeString(bad, "\"_id\",\"source\"\n\"x\n");

    Run r = run("lists", "import", bad.toString(), "--list", "bis-el", "--format", "CSL_CSV", "--home", home);

    assertThat(r.code()).isEqualTo(ErrorHandler.BAD_INPUT);
    assertThat(r.err()).contains("garbage.csv").contains("nothing imported; previous versions stay active");
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(run("lists", "show", "--home", home).out()).contains("bis-el  version 1  1 entries");
  }

  @Test
  void badWatchListNamesLineAndField() throws Exception {
    Path customers = dir.resolve("customers.csv");
    Files.writeString(customers, "id,name,country\nc1,Good Co,DE\nc2,Bad Co,Narnia\n");
    Run r = run("watch", "import", customers.toString(), "--home", dir.resolve("home").toString());
    assertThat(r.code()).isEqualTo(ErrorHandler.BAD_INPUT);
    assertThat(r.err()).contains("customers.csv line 3, field country");
  }
}
