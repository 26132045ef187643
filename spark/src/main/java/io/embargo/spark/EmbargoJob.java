package io.embargo.spark;

import io.embargo.batch.ColumnMapping;
import io.embargo.batch.QueryField;
import io.embargo.lists.ImportedList;
import io.embargo.lists.ListImportException;
import io.embargo.lists.ListImporters;
import io.embargo.lists.SharedLists;
import io.embargo.model.ListEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} job: reads parties, screens them with {@link Embargo#screen}, writes the hits.
 *
 * <pre>
 * spark-submit --class io.embargo.spark.EmbargoJob embargo-spark.jar \
 *   --input parties.csv --output hits --columns name=Company,country=Ctry,id=CustNo --lists lists/
 *   [--input-format csv|json|parquet] [--output-format parquet|csv|json] [--delimiter ;] [--all]
 *   [--min-score 0.85] [--only-lists ofac-sdn,un] [--master local[2]]
 * </pre>
 *
 * {@code --lists DIR} imports every file under DIR with the importers (format detected from content);
 * {@code --lists shared-eval} uses the evaluation list set of the shared folder (as the CLI does today).
 * JSON input is JSON Lines. Bad arguments exit with status 2 and one message naming the argument.
 */
public final class EmbargoJob {
  private EmbargoJob() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a;
    try {
      a = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("embargo-spark: error: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession.Builder sb = SparkSession.builder().appName("embargo-screen");
    if (a.containsKey("master")) {
      sb.master(a.get("master")).config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1").config("spark.ui.enabled", "false");
    }
    try (SparkSession spark = sb.getOrCreate()) {
      long start = System.nanoTime();
      long rows = run(spark, a);
      System.err.printf("embargo-spark: %d output rows in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
    }
  }

  /** Runs the job in an existing session; returns the number of output rows. */
  static long run(SparkSession spark, Map<String, String> a) throws ListImportException, IOException {
    ScreenOptions o = ScreenOptions.of(entries(a.get("lists"))).withAll(a.containsKey("all"));
    if (a.containsKey("min-score")) {
      o = o.withMinScore(Double.parseDouble(a.get("min-score")));
    }
    if (a.containsKey("only-lists")) {
      o = o.withLists(List.of(a.get("only-lists").split(",")));
    }
    String inFormat = a.getOrDefault("input-format", guess(a.get("input")));
    DataFrameReader r = spark.read().format(inFormat);
    if (inFormat.equals("csv")) {
      r = r.option("header", "true").option("inferSchema", "false").option("encoding", "UTF-8")
          .option("multiLine", "true").option("escape", "\"");
      if (a.containsKey("delimiter")) {
        r = r.option("sep", a.get("delimiter"));
      }
    }
    Dataset<Row> parties = r.load(a.get("input"));
    Dataset<Row> hits = Embargo.screen(parties, columns(a.get("columns")), o).cache();
    String outFormat = a.getOrDefault("output-format", "parquet");
    hits.write().mode(SaveMode.Overwrite).format(outFormat).option("header", "true").save(a.get("output"));
    long n = hits.count();
    hits.unpersist();
    return n;
  }

  static Map<String, String> columns(String spec) {
    Map<String, String> m = new LinkedHashMap<>();
    if (spec != null) {
      ColumnMapping.parse(spec).columns().forEach((QueryField f, String c) -> m.put(f.key(), c));
    }
    return m;
  }

  static List<ListEntry> entries(String lists) throws ListImportException, IOException {
    List<ImportedList> imported;
    if (lists.equals("shared-eval")) {
      imported = SharedLists.evalSet();
    } else {
      List<Path> files;
      try (Stream<Path> s = Files.walk(Path.of(lists))) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException("--lists: no files under " + lists);
      }
      imported = ListImporters.read(files, null, null);
    }
    List<ListEntry> out = new ArrayList<>();
    for (ImportedList l : imported) {
      out.addAll(l.entries());
    }
    return out;
  }

  private static String guess(String input) {
    String n = input.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".parquet") ? "parquet" : n.endsWith(".jsonl") || n.endsWith(".json") ? "json" : "csv";
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
      }
      String k = args[i].substring(2);
      if (k.equals("all")) {
        a.put(k, "true");
      } else if (i + 1 < args.length) {
        a.put(k, args[++i]);
      } else {
        throw new IllegalArgumentException("--" + k + ": value missing");
      }
    }
    for (String req : List.of("input", "output", "lists")) {
      if (!a.containsKey(req)) {
        throw new IllegalArgumentException("--" + req + " is required");
      }
    }
    return a;
  }
}
