package io.embargo.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.embargo.batch.BatchScreening;
import io.embargo.batch.ColumnMapping;
import io.embargo.batch.ResultRow;
import io.embargo.batch.SyntheticParties;
import io.embargo.config.SharedFolder;
import io.embargo.lists.ImportedList;
import io.embargo.lists.SharedLists;
import io.embargo.match.Screener;
import io.embargo.model.ListEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark local mode on the shared lists: the job's hits equal {@code embargo batch}'s, row for row. */
class EmbargoTest {
  private static final Map<String, String> COLUMNS = Map.of("id", "id", "name", "name", "type", "type",
      "country", "country");
  /** Parties screened (about 15% perturbed listed names): enough for hundreds of hit rows. */
  private static final int RECORDS = 1000;
  private static SparkSession spark;
  private static List<ListEntry> entries;

  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    spark = SparkSession.builder().master("local[2]").appName("embargo-test")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    entries = new ArrayList<>();
    for (ImportedList l : SharedLists.evalSet()) {
      entries.addAll(l.entries());
    }
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void screen_hitsEqualSingleMachineBatch_rowForRow() throws Exception {
    Path in = dir.resolve("parties.csv");
    new SyntheticParties(SharedFolder.require().resolve("eval/screening-dev.jsonl"), entries).write(in, RECORDS, 7);
    Path out = dir.resolve("batch.csv");
    BatchScreening.builder(Screener.builder().add(entries).build()).input(in).output(out)
        .mapping(ColumnMapping.auto()).build().run();
    List<List<String>> expected = new ArrayList<>();
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(out)) {
      r.stream().skip(1).forEach(rec -> expected.add(rec.getFields()));
    }

    Dataset<Row> parties = spark.read().option("header", "true").option("escape", "\"").csv(in.toString())
        .repartition(4);
    List<Row> hits = Embargo.screen(parties.sortWithinPartitions("id"), COLUMNS, ScreenOptions.of(entries))
        .collectAsList();
    List<List<String>> actual = new ArrayList<>();
    for (Row h : hits) {
      actual.add(text(h));
    }
    actual.sort(EmbargoTest::byRecordNumber);
    List<List<String>> sortedExpected = new ArrayList<>(expected);
    sortedExpected.sort(EmbargoTest::byRecordNumber);

    assertThat(expected).hasSizeGreaterThan(RECORDS / 30);
    assertThat(actual).hasSameSizeAs(expected).isEqualTo(sortedExpected);
  }

  @Test
  void screen_unknownColumn_failsNamingIt() {
    Dataset<Row> parties = spark.createDataFrame(List.of(), Embargo.HITS_SCHEMA);
    assertThatThrownBy(() -> Embargo.screen(parties, Map.of("name", "Company"), ScreenOptions.of(entries)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column 'Company' (mapped to name)");
  }

  /** Input order (C1, C2, …); hits of one record keep their order (the sort is stable). */
  private static int byRecordNumber(List<String> a, List<String> b) {
    return Integer.compare(Integer.parseInt(a.get(0).substring(1)), Integer.parseInt(b.get(0).substring(1)));
  }

  private static List<String> text(Row h) {
    ResultRow r = new ResultRow(h.getString(0), h.getString(1), h.isNullAt(2) ? Double.NaN : h.getDouble(2),
        h.getString(3), h.getString(4), h.getString(5), h.getString(6), h.getString(7), h.getString(8), h.getString(9), h.getString(10));
    List<String> out = new ArrayList<>();
    for (String v : r.values()) {
      out.add(v == null ? "" : v);
    }
    return out;
  }
}
