package io.embargo.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchScreeningTest {
  @TempDir Path dir;

  private BatchSummary run(Path in, Path out, ColumnMapping m, boolean all, Path rejects) throws IOException {
    return BatchScreening.builder(TestLists.screener()).input(in).output(out).mapping(m).all(all)
        .rejects(rejects).threads(2).build().run();
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  // ---- CSV input

  @Test
  void csv_semicolonQuotesAndBom_hitsInInputOrder() throws IOException {
    Path in = write("in.csv", "\uFEFFCustNo;Company;Ctry\n"
        + "A1;\"Positive Technologies\";RU\n"
        + "A2;\"Acme; Widgets\";US\n"
        + "A3;\"NSO \"\"Group\"\"\";IL\n");
    Path out = dir.resolve("out.csv");
    BatchSummary s = run(in, out, ColumnMapping.parse("name=Company,country=Ctry,id=CustNo"), false, null);

    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo(String.join(",", ResultRow.COLUMNS));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("A1,Positive Technologies,1.0000,ofac-sdn,31455,Positive Technologies,")
        .contains("CYBER2; RUSSIA-EO14024");
    assertThat(lines.get(2)).startsWith("A3,\"NSO \"\"Group\"\"\",1.0000,bis-el,el-1,NSO Group,");
    assertThat(s.records()).isEqualTo(3);
    assertThat(s.hits()).isEqualTo(2);
    assertThat(s.rejects()).isZero();
  }

  @Test
  void csv_tabDelimiterDetected_andAllWritesEveryRecord() throws IOException {
    Path in = write("in.tsv", "id\tname\nx\tAcme Widgets\ny\tCandiru\n");
    Path out = dir.resolve("out.csv");
    run(in, out, ColumnMapping.auto(), true, null);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).containsExactly(String.join(",", ResultRow.COLUMNS), "x,Acme Widgets,,,,,,,,CLEAR,\"CLEAR: no hits, no embargoed place, no listed owners\"",
        lines.get(2));
    assertThat(lines.get(2)).startsWith("y,Candiru,1.0000,bis-el,el-2,Candiru,Candiru,EAR,");
  }

  @Test
  void decision_blockingHitAndEmbargoedCountryWithoutHit() throws IOException {
    Path in = write("in.csv", "id,name,country\n1,NSO Group,IL\n2,Acme Widgets,KP\n3,Acme Widgets,US\n");
    Path out = dir.resolve("out.csv");
    run(in, out, ColumnMapping.auto(), false, null);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("1,NSO Group,1.0000,bis-el,el-1,").contains(",BLOCK,");
    assertThat(lines.get(2)).as("no hit, but a BLOCK decision is never dropped")
        .startsWith("2,Acme Widgets,,,,,,,,BLOCK,").contains("KP");
  }

  @Test
  void jsonl_mappedPropertyMissingFromTheFirstObject_isStillRead() throws IOException {
    Path in = write("in.jsonl", "{\"n\":\"Acme Widgets\"}\n{\"n\":\"Acme Widgets\",\"c\":\"KP\"}\n");
    Path out = dir.resolve("out.csv");
    run(in, out, ColumnMapping.parse("name=n,country=c"), false, null);
    assertThat(Files.readAllLines(out)).hasSize(2);
    assertThat(Files.readAllLines(out).get(1)).startsWith("2,Acme Widgets,,,,,,,,BLOCK,");
  }

  // ---- rejects

  @Test
  void badRows_goToRejectsWithLineAndReason_andTheRunContinues() throws IOException {
    Path in = write("in.csv", "id,name,country\n1,NSO Group,IL\n2,,US\n3,Candiru,XX\n4,only two\n5,Candiru,IL\n");
    Path out = dir.resolve("out.csv");
    Path rej = dir.resolve("rejects.csv");
    BatchSummary s = run(in, out, ColumnMapping.auto(), false, rej);

    assertThat(s.records()).isEqualTo(5);
    assertThat(s.rejects()).isEqualTo(3);
    assertThat(s.hits()).isEqualTo(2);
    List<String> r = Files.readAllLines(rej);
    assertThat(r.get(0)).isEqualTo("line,record_id,reason");
    assertThat(r.get(1)).startsWith("3,2,name: must not be empty");
    assertThat(r.get(2)).startsWith("4,3,\"country: unknown country code 'XX'");
    assertThat(r.get(3)).startsWith("5,4,expected 3 fields as in the header but found 2");
  }

  // ---- mapping

  @Test
  void mapping_unknownColumn_failsNamingTheColumnAndTheInputsColumns() throws IOException {
    Path in = write("in.csv", "id,Company\n1,NSO Group\n");
    assertThatThrownBy(() -> run(in, dir.resolve("o.csv"), ColumnMapping.parse("name=Firm"), false, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column 'Firm' (mapped to name)").hasMessageContaining("[id, Company]");
  }

  @Test
  void mapping_noNameColumn_fails() throws IOException {
    Path in = write("in.csv", "id,Company\n1,NSO Group\n");
    assertThatThrownBy(() -> run(in, dir.resolve("o.csv"), ColumnMapping.auto(), false, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column for the name");
  }

  @Test
  void mappingFile_badLine_namesFileAndLine() throws IOException {
    Path m = write("map.txt", "# customers\nname=Company\ncolour=Red\n");
    assertThatThrownBy(() -> ColumnMapping.read(m)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("map.txt line 3").hasMessageContaining("unknown query field 'colour'");
    Path ok = write("ok.txt", "# customers\nname = Company\nid=No\n");
    assertThat(ColumnMapping.read(ok).column(QueryField.NAME)).contains("Company");
  }

  // ---- resume refusals (the kill-and-resume run is ResumeTest)

  @Test
  void resume_withoutCheckpoint_orWithOtherOptions_isRefused() throws IOException {
    Path in = write("in.csv", "id,name\n1,Candiru\n");
    Path out = dir.resolve("out.csv");
    assertThatThrownBy(() -> BatchScreening.builder(TestLists.screener()).input(in).output(out).resume(true).build()
        .run()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--resume: no checkpoint");
    new Checkpoint(Checkpoint.identify(in) + "; columns auto; all true; x", 1, 0, 0, 10, -1)
        .write(Checkpoint.fileFor(out));
    Files.writeString(out, "0123456789");
    assertThatThrownBy(() -> BatchScreening.builder(TestLists.screener()).input(in).output(out).resume(true).build()
        .run()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resume with the same input");
  }

  @Test
  void resume_parquetOutput_isRefusedUpFront() throws IOException {
    Path in = write("in.csv", "id,name\n1,Candiru\n");
    assertThatThrownBy(() -> BatchScreening.builder(TestLists.screener()).input(in)
        .output(dir.resolve("o.parquet")).resume(true).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parquet output cannot be resumed");
  }

  // ---- JSON Lines in and out

  @Test
  void jsonl_inAndOut() throws IOException {
    Path in = write("in.jsonl", "{\"id\":7,\"name\":\"COSEINC\",\"country\":\"SG\"}\n\n"
        + "{\"id\":8,\"name\":\"Nobody Ltd\"}\n{not json}\n");
    Path out = dir.resolve("out.jsonl");
    Path rej = dir.resolve("rej.csv");
    BatchSummary s = run(in, out, ColumnMapping.auto(), true, rej);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"record_id\":\"7\",\"input_name\":\"COSEINC\",\"score\":1.0,"
        + "\"list\":\"bis-el\",\"entry_id\":\"el-4\"");
    assertThat(lines.get(1)).isEqualTo("{\"record_id\":\"8\",\"input_name\":\"Nobody Ltd\",\"score\":null,"
        + "\"list\":null,\"entry_id\":null,\"primary_name\":null,\"matched_name\":null,\"programs\":null,"
        + "\"explanation\":null,\"decision\":\"CLEAR\","
        + "\"decision_reason\":\"CLEAR: no hits, no embargoed place, no listed owners\"}");
    assertThat(s.rejects()).isEqualTo(1);
    assertThat(Files.readAllLines(rej).get(1)).startsWith("4,3,not valid JSON");
  }
}
