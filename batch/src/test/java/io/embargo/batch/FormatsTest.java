package io.embargo.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX input and Parquet output and input, each checked against the CSV result of the same records. */
class FormatsTest {
  @TempDir Path dir;

  private Path run(Path in, String out) throws IOException {
    Path o = dir.resolve(out);
    BatchScreening.builder(TestLists.screener()).input(in).output(o)
        .mapping(ColumnMapping.parse("name=Company,id=No,country=Country")).all(true).threads(2).build().run();
    return o;
  }

  private Path csv() throws IOException {
    Path p = dir.resolve("in.csv");
    Files.writeString(p, "No,Company,Country\n1,Candiru,IL\n2,Acme Widgets,\n3,Saito Tech,IL\n",
        StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void xlsx_generatedWorkbook_sameRowsAsCsv() throws IOException {
    Path x = dir.resolve("in.xlsx");
    try (OutputStream os = Files.newOutputStream(x)) {
      Workbook wb = new Workbook(os, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Parties");
      String[][] cells = {{"No", "Company", "Country"}, {"1", "Candiru", "IL"}, {"2", "Acme Widgets", null},
          {"3", "Saito Tech", "IL"}};
      for (int r = 0; r < cells.length; r++) {
        for (int c = 0; c < 3; c++) {
          if (cells[r][c] != null) {
            ws.value(r, c, cells[r][c]);
          }
        }
      }
      ws.value(1, 0, 1); // a numeric id cell
      wb.finish();
    }
    List<String> fromXlsx = Files.readAllLines(run(x, "x.csv"));
    assertThat(fromXlsx).hasSize(4).isEqualTo(Files.readAllLines(run(csv(), "c.csv")));
    assertThat(fromXlsx.get(1)).startsWith("1,Candiru,1.0000,bis-el,el-2,");
  }

  @Test
  void parquet_writtenThenReadBack_sameRowsAsCsv() throws IOException {
    Path pq = run(csv(), "hits.parquet");
    // Read the Parquet hits back as input: record_id and input_name are columns of it.
    Path o = dir.resolve("again.csv");
    BatchScreening.builder(TestLists.screener()).input(pq).output(o)
        .mapping(ColumnMapping.parse("name=input_name,id=record_id")).all(true).threads(1).build().run();
    List<String> again = Files.readAllLines(o);
    List<String> direct = Files.readAllLines(run(csv(), "c.csv"));
    assertThat(again).isEqualTo(direct);
    assertThat(again.get(3)).startsWith("3,Saito Tech,1.0000,bis-el,el-2,Candiru,Saito Tech,EAR,");
  }
}
