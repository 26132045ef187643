package io.embargo.spark;

import io.embargo.batch.BatchScreening;
import io.embargo.batch.BatchSummary;
import io.embargo.batch.ColumnMapping;
import io.embargo.batch.SyntheticParties;
import io.embargo.lists.ImportedList;
import io.embargo.lists.SharedLists;
import io.embargo.match.Screener;
import io.embargo.model.ListEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark (not a test): the same input screened by the single-machine batch and by Spark local[2]; prints
 * both times and their ratio. Usage (from the repository root, see docs/readme/batch.md):
 * {@code java ${spark.jvm.flags} -cp <spark test class path> io.embargo.spark.SparkBench [records] [work dir]}.
 */
public final class SparkBench {
  private SparkBench() {}

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path work = Path.of(args.length > 1 ? args[1] : "target/bench-batch");
    List<ListEntry> entries = new ArrayList<>();
    for (ImportedList l : SharedLists.evalSet()) {
      entries.addAll(l.entries());
    }
    Path in = SyntheticParties.benchInput(work, records, entries);

    long t0 = System.nanoTime();
    BatchSummary single = BatchScreening.builder(Screener.builder().add(entries).build()).input(in)
        .output(work.resolve("single.csv")).mapping(ColumnMapping.auto()).threads(2).build().run();
    double singleSecs = (System.nanoTime() - t0) / 1e9;
    System.out.printf("spark bench: single machine (index build + batch): %.1f s; %s%n", singleSecs, single);

    try (SparkSession spark = SparkSession.builder().master("local[2]").appName("embargo-bench")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate()) {
      long t1 = System.nanoTime();
      spark.read().option("header", "true").option("escape", "\"").csv(in.toString())
          .transform(ds -> Embargo.screen(ds, Map.of(), ScreenOptions.of(entries)))
          .write().mode(SaveMode.Overwrite).option("header", "true").csv(work.resolve("spark-hits").toString());
      double sparkSecs = (System.nanoTime() - t1) / 1e9;
      System.out.printf("spark bench: Spark local[2] (broadcast + index build + read, screen, write): %.1f s%n",
          sparkSecs);
      System.out.printf("spark bench: ratio Spark / single machine = %.2f (target <= 3)%n", sparkSecs / singleSecs);
    }
  }
}
