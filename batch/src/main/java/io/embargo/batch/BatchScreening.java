package io.embargo.batch;

import io.embargo.decisions.Decider;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The front door of batch screening on one machine: streams an input file (CSV, JSON Lines, XLSX, Parquet)
 * through a {@link Screener} on all cores and writes one row per hit (or per record with {@code all}) in input
 * order. Used by {@code embargo batch} and the server's upload page.
 *
 * <pre>{@code
 * BatchSummary s = BatchScreening.builder(screener)
 *     .input(Path.of("customers.csv")).output(Path.of("hits.csv"))
 *     .mapping(ColumnMapping.parse("name=Company,country=Ctry,id=CustNo"))
 *     .rejects(Path.of("rejects.csv")).progress(p -> log(p.done()))
 *     .build().run();
 * }</pre>
 *
 * <p>Memory is bounded by a fixed number of chunks in flight, whatever the input size. A bad record (unreadable,
 * empty name, unknown country) is written to the rejects file with its line and reason and the run continues.
 * For CSV and JSON Lines output a checkpoint ({@code OUTPUT.checkpoint}) is kept while running, so a crashed
 * run can be {@linkplain Builder#resume(boolean) resumed} without re-screening and without duplicate rows.
 *
 * <p>An instance runs once; it is not thread-safe. Configuration errors fail {@link Builder#build()} or the start
 * of {@link #run()} (header mapping) with an {@link IllegalArgumentException} naming the setting or column.
 */
public final class BatchScreening {
  /** Minimum interval between two progress callbacks, in milliseconds. */
  public static final long PROGRESS_INTERVAL_MS = 200;
  private static final long CHECKPOINT_INTERVAL_MS = 200;

  private final Builder b;

  private BatchScreening(Builder b) {
    this.b = b;
  }

  /** A builder for a run with this screener. */
  public static Builder builder(Screener screener) {
    return new Builder(screener);
  }

  /**
   * Runs the batch to the end.
   *
   * @throws IllegalArgumentException for an input that cannot be read (naming file, line and field) or a
   *     mapping that does not fit its header
   * @throws IOException when a file cannot be read or written
   */
  public BatchSummary run() throws IOException {
    long start = System.nanoTime();
    Path cpFile = Checkpoint.fileFor(b.output);
    String inputId = Checkpoint.identify(b.input) + "; columns " + b.mapping + "; all " + b.all + "; " + b.options;
    Checkpoint cp = b.resume ? Checkpoint.read(cpFile) : new Checkpoint(inputId, 0, 0, 0, -1, -1);
    if (b.resume && !inputId.equals(cp.input())) {
      throw new IllegalArgumentException("--resume: checkpoint " + cpFile + " was made for " + cp.input()
          + ", not " + inputId + "; resume with the same input and options");
    }
    if (b.resume && (b.rejects == null) != (cp.rejectsBytes() < 0)) {
      throw new IllegalArgumentException("--resume: give --rejects exactly as in the interrupted run");
    }
    try (RecordSource source = b.inputFormat.open(b.input, b.delimiter, b.mapping.columns().values())) {
      int[] columns = b.mapping.bind(source.header(), b.input.toString());
      RecordScreener rs = new RecordScreener(b.screener,
          b.decider != null ? b.decider : Decider.builder(b.screener).build(), b.options, b.all, b.asOf);
      Writers w = new Writers(b.outputFormat.open(b.output, b.resume ? cp.outputBytes() : -1),
          b.rejects == null ? null : new RejectsWriter(b.rejects, b.resume ? cp.rejectsBytes() : -1));
      Progress progress = new Progress(cp, source.estimatedTotal(), start, inputId);
      try (w) {
        if (b.outputFormat.resumable()) {
          progress.checkpoint(w, cpFile);
        }
        new Pipeline(source, columns, rs, b.threads, cp.records()).run(chunk -> {
          progress.write(chunk, w);
          if (b.outputFormat.resumable() && progress.due()) {
            progress.checkpoint(w, cpFile);
          }
          progress.report(b.listener, false);
        });
      }
      progress.report(b.listener, true);
      Files.deleteIfExists(cpFile);
      return new BatchSummary(progress.done, cp.records(), progress.hits, progress.rejects,
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** The output and rejects writers, closed together. */
  record Writers(RowWriter out, RejectsWriter rejects) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        out.close();
      } finally {
        if (rejects != null) {
          rejects.close();
        }
      }
    }
  }

  /** Counters, checkpoints and progress reports; used by the writer thread only. */
  private static final class Progress {
    private final long startNanos;
    private final long resumed;
    private final long total;
    private final String inputId;
    long done;
    long hits;
    long rejects;
    private long lastReport;
    private long lastCheckpoint;

    Progress(Checkpoint cp, long total, long startNanos, String inputId) {
      this.done = cp.records();
      this.resumed = cp.records();
      this.hits = cp.hits();
      this.rejects = cp.rejects();
      this.total = total;
      this.startNanos = startNanos;
      this.inputId = inputId;
    }

    void write(List<RecordScreener.Outcome> chunk, Writers w) throws IOException {
      for (RecordScreener.Outcome o : chunk) {
        done++;
        if (o.rejected()) {
          rejects++;
          if (w.rejects() != null) {
            w.rejects().write(o.reject());
          }
        }
        for (ResultRow r : o.rows()) {
          w.out().write(r);
          if (r.isHit()) {
            hits++;
          }
        }
      }
    }

    boolean due() {
      return System.nanoTime() - lastCheckpoint >= CHECKPOINT_INTERVAL_MS * 1_000_000;
    }

    void checkpoint(Writers w, Path file) throws IOException {
      long rej = w.rejects() == null ? -1 : w.rejects().flush();
      long out = w.out().flush();
      new Checkpoint(inputId, done, hits, rejects, out, rej).write(file);
      lastCheckpoint = System.nanoTime();
    }

    void report(BatchProgress.Listener l, boolean last) {
      long now = System.nanoTime();
      if (!last && now - lastReport < PROGRESS_INTERVAL_MS * 1_000_000) {
        return;
      }
      lastReport = now;
      Duration el = Duration.ofNanos(now - startNanos);
      double secs = el.toNanos() / 1e9;
      l.onProgress(new BatchProgress(done, Math.max(total, last ? done : -1), secs <= 0 ? 0 : (done - resumed) / secs,
          hits, rejects, el));
    }
  }

  /** Configures a run. Not thread-safe. */
  public static final class Builder {
    private final Screener screener;
    private Path input;
    private InputFormat inputFormat;
    private Character delimiter;
    private Path output;
    private OutputFormat outputFormat;
    private Path rejects;
    private ColumnMapping mapping = ColumnMapping.auto();
    private ScreeningOptions options = ScreeningOptions.DEFAULT;
    private boolean all;
    private boolean resume;
    private int threads = Runtime.getRuntime().availableProcessors();
    private BatchProgress.Listener listener = BatchProgress.Listener.NONE;
    private Decider decider;
    private LocalDate asOf;

    private Builder(Screener screener) {
      this.screener = Objects.requireNonNull(screener, "screener");
    }

    /** The input file; its format is taken from its name unless {@link #inputFormat} is set. */
    public Builder input(Path file) { this.input = file; return this; }
    public Builder inputFormat(InputFormat f) { this.inputFormat = f; return this; }
    /** CSV field delimiter; null (default) detects it from the header line. */
    public Builder delimiter(Character d) { this.delimiter = d; return this; }
    /** The output file; its format is taken from its name unless {@link #outputFormat} is set. */
    public Builder output(Path file) { this.output = file; return this; }
    public Builder outputFormat(OutputFormat f) { this.outputFormat = f; return this; }
    /** Where rejected records go (CSV); null (default) only counts them. */
    public Builder rejects(Path file) { this.rejects = file; return this; }
    public Builder mapping(ColumnMapping m) { this.mapping = Objects.requireNonNull(m, "mapping"); return this; }
    public Builder options(ScreeningOptions o) { this.options = Objects.requireNonNull(o, "options"); return this; }
    /** Also write one row for each record without hits. */
    public Builder all(boolean all) { this.all = all; return this; }
    /** Continue an interrupted run from its checkpoint. */
    public Builder resume(boolean resume) { this.resume = resume; return this; }
    /** Screening worker threads (default: available processors). */
    public Builder threads(int n) { this.threads = n; return this; }
    /** Decides CLEAR/REVIEW/BLOCK per record (default: {@code Decider.builder(screener).build()}). */
    public Builder decider(Decider d) { this.decider = d; return this; }
    /** The date whose decision rules apply (default: today). */
    public Builder asOf(LocalDate date) { this.asOf = date; return this; }
    public Builder progress(BatchProgress.Listener l) { this.listener = Objects.requireNonNull(l, "progress"); return this; }

    /**
     * Validates the configuration.
     *
     * @throws IllegalArgumentException naming the setting at fault
     */
    public BatchScreening build() {
      if (input == null || !Files.isRegularFile(input)) {
        throw new IllegalArgumentException("input: no such file " + input);
      }
      if (output == null) {
        throw new IllegalArgumentException("--out: an output file is required");
      }
      if (output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())
          || output.equals(rejects)) {
        throw new IllegalArgumentException("--out: must differ from the input and the rejects file");
      }
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("--threads: must be between 1 and 256, was " + threads);
      }
      inputFormat = inputFormat != null ? inputFormat : InputFormat.fromFileName(input);
      outputFormat = outputFormat != null ? outputFormat : OutputFormat.fromFileName(output);
      if (resume && !outputFormat.resumable()) {
        throw new IllegalArgumentException("--resume: " + outputFormat.name().toLowerCase(java.util.Locale.ROOT)
            + " output cannot be resumed (use csv or jsonl)");
      }
      return new BatchScreening(this);
    }
  }
}
