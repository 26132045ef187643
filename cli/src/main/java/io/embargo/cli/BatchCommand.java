package io.embargo.cli;

import io.embargo.batch.BatchScreening;
import io.embargo.batch.BatchSummary;
import io.embargo.batch.ColumnMapping;
import io.embargo.batch.ConsoleProgress;
import io.embargo.batch.InputFormat;
import io.embargo.batch.OutputFormat;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code embargo batch}: screens a whole file of parties on all cores; see {@link BatchScreening}. */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Screen every record of a CSV, JSON Lines, XLSX or Parquet file; write one row per hit.",
        "Example: embargo batch customers.csv --out hits.csv --columns name=Company,country=Ctry,id=CustNo"})
final class BatchCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT", description = "Input file (.csv/.tsv, .jsonl, .xlsx, .parquet).")
  Path input;

  @Option(names = "--out", required = true, paramLabel = "RESULTS", description = "Output file.")
  Path out;

  @Option(names = "--columns", paramLabel = "FIELD=COLUMN,...",
      description = "Map input columns to name, type, country, dob, id, address (default: same-named columns).")
  String columns;

  @Option(names = "--mapping", paramLabel = "FILE", description = "Mapping file: one field=Column per line.")
  Path mapping;

  @Option(names = "--format", description = "Output format: csv, jsonl or parquet (default: from --out's name).")
  String format;

  @Option(names = "--input-format", description = "Input format: csv, jsonl, xlsx or parquet (default: from the name).")
  String inputFormat;

  @Option(names = "--delimiter", description = "CSV delimiter, e.g. ';' or tab (default: detected).")
  String delimiter;

  @Option(names = "--all", description = "Also write a row for every record without hits.")
  boolean all;

  @Option(names = "--threads", description = "Screening threads (default: all cores).")
  Integer threads;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "Decision policy properties file (default: bundled policy); ownership links come from the store.")
  java.nio.file.Path policy;

  @Option(names = "--resume", description = "Continue an interrupted run (same input, output and rejects).")
  boolean resume;

  @Option(names = "--rejects", paramLabel = "FILE", description = "Write rejected records (line, id, reason) here.")
  Path rejects;

  @Option(names = "--min-score", description = "Minimum score of a hit, 0..1 (default: the matcher's threshold).")
  Double minScore;

  @Option(names = "--lists", split = ",", description = "Only these lists, e.g. ofac-sdn,un (default: all).")
  List<String> lists;

  @Option(names = "--as-of", description = "Screen against the list versions in force on this date (YYYY-MM-DD).")
  LocalDate asOf;

  @Option(names = "--quiet", description = "No progress output.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!java.nio.file.Files.isRegularFile(input)) {
      throw new IllegalArgumentException("INPUT: no such file " + input);
    }
    if (columns != null && mapping != null) {
      throw new IllegalArgumentException("--columns and --mapping: give one, not both");
    }
    ColumnMapping m = columns != null ? ColumnMapping.parse(columns)
        : mapping != null ? ColumnMapping.read(mapping) : ColumnMapping.auto();
    ScreeningOptions opts = ScreenCommand.options(minScore, lists, ScreeningOptions.DEFAULT.limit());
    io.embargo.decisions.Policy policyValue = DeciderSource.policy(policy);
    Screener screener = loadScreener();
    BatchScreening.Builder b = BatchScreening.builder(screener).input(input).output(out).mapping(m)
        .decider(DeciderSource.load(global, screener, policyValue))
        .options(opts).all(all).resume(resume).rejects(rejects).delimiter(delimiter(delimiter)).asOf(asOf);
    if (format != null) {
      b.outputFormat(OutputFormat.parse(format));
    }
    if (inputFormat != null) {
      b.inputFormat(InputFormat.parse(inputFormat));
    }
    if (threads != null) {
      b.threads(threads);
    }
    BatchScreening run;
    BatchSummary s;
    try (ConsoleProgress progress = new ConsoleProgress(System.err, System.console() != null, 10)) {
      run = b.progress(quiet ? p -> { } : progress).build();
      s = run.run();
    }
    spec.commandLine().getErr().println("batch: " + s);
    spec.commandLine().getErr().flush();
    return 0;
  }

  private Screener loadScreener() throws Exception {
    return ScreenerSource.load(global, asOf);
  }

  static Character delimiter(String d) {
    if (d == null) {
      return null;
    }
    if (d.equals("\\t") || d.equalsIgnoreCase("tab")) {
      return '\t';
    }
    if (d.length() != 1) {
      throw new IllegalArgumentException("--delimiter: one character expected (or 'tab'), was '" + d + "'");
    }
    return d.charAt(0);
  }
}
