package io.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code embargo batch} end to end on the Entity List fixture loaded into a fresh store. */
class BatchCommandTest {
  @TempDir Path dir;

  @Test
  void batch_csvWithMappingAndRejects_writesHitsAndSummary() throws Exception {
    String home = dir.resolve("home").toString();
    Path fixture = Path.of(System.getProperty("embargo.repo.root", ".."), "fixtures", "bis-el",
        "entity-list-2021-11-04.csv");
    CliRun imp = CliRun.of("lists", "import", fixture.toString(), "--format", "CSL_CSV", "--published",
        "2021-11-04", "--no-rescreen", "--home", home);
    assertThat(imp.code()).as(imp.err()).isZero();
    Path in = dir.resolve("customers.csv");
    Files.writeString(in, "CustNo;Company;Ctry\nK1;Candiru Ltd;IL\nK2;Acme Widgets;US\nK3;NSO Group;ZZ\n");
    Path out = dir.resolve("hits.jsonl");
    Path rej = dir.resolve("rejects.csv");

    CliRun r = CliRun.of("batch", in.toString(), "--out", out.toString(), "--columns",
        "name=Company,country=Ctry,id=CustNo", "--rejects", rej.toString(), "--all", "--quiet", "--home", home);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("batch: 3 records").contains("1 rejects");
    List<String> rows = Files.readAllLines(out);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
    assertThat(rows.get(0)).startsWith("{\"record_id\":\"K1\",\"input_name\":\"Candiru Ltd\"")
        .contains("\"decision\":\"BLOCK\"");
    assertThat(rows.get(rows.size() - 1)).startsWith("{\"record_id\":\"K2\"").contains("\"decision\":\"CLEAR\"");
    assertThat(Files.readAllLines(rej).get(1)).startsWith("4,K3,\"country: unknown country code 'ZZ'");
  }

  @Test
  void batch_missingInput_exitsWithBadInput() {
    CliRun r = CliRun.of("batch", dir.resolve("nope.csv").toString(), "--out", dir.resolve("o.csv").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("INPUT: no such file").contains("nope.csv");
  }

  @Test
  void batch_badColumnsFlag_namesIt() {
    Path in = dir.resolve("in.csv");
    CliRun r = CliRun.of("batch", write(in), "--out", dir.resolve("o.csv").toString(), "--columns", "nom=Company");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--columns: unknown query field 'nom'");
  }

  private static String write(Path p) {
    try {
      Files.writeString(p, "name\nx\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p.toString();
  }
}
