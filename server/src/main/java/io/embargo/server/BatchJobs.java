package io.embargo.server;

import io.embargo.batch.BatchProgress;
import io.embargo.batch.BatchScreening;
import io.embargo.batch.BatchSummary;
import io.embargo.batch.ColumnMapping;
import io.embargo.decisions.Decider;
import io.embargo.match.Screener;
import io.embargo.store.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch uploads run as background jobs through {@link BatchScreening}, one at a time (a batch uses every
 * core), with a short queue; a full queue refuses new uploads (HTTP 503) rather than piling up work. Files
 * live under a private temporary directory and are deleted a day after the job ends and on {@link #close()}.
 * A job is visible only to the user who started it. Thread-safe.
 */
final class BatchJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BatchJobs.class);
  private static final Duration KEEP = Duration.ofHours(24);
  private static final int QUEUE = 4;

  enum State { QUEUED, RUNNING, DONE, FAILED }

  /** What {@code GET /v1/batch/{id}} shows. */
  record Status(String id, String file, String state, long done, long total, double ratePerSecond, long hits,
      long rejects, String error, Instant createdAt) {}

  static final class Job {
    final String id;
    final String owner;
    final String file;
    final Path dir;
    final Instant createdAt = Instant.now();
    volatile State state = State.QUEUED;
    volatile BatchProgress progress;
    volatile String error;
    volatile Instant endedAt;

    Job(String id, String owner, String file, Path dir) {
      this.id = id;
      this.owner = owner;
      this.file = file;
      this.dir = dir;
    }

    Path input() {
      return dir.resolve("input.csv");
    }

    Path output() {
      return dir.resolve("hits.csv");
    }

    Path rejects() {
      return dir.resolve("rejects.csv");
    }

    Status status() {
      BatchProgress p = progress;
      return new Status(id, file, state.name(), p == null ? 0 : p.done(), p == null ? -1 : p.total(),
          p == null ? 0 : Math.round(p.ratePerSecond()), p == null ? 0 : p.hits(), p == null ? 0 : p.rejects(),
          error, createdAt);
    }
  }

  private final ScreenerProvider screeners;
  private final Outcomes outcomes;
  private final Path root;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final AtomicLong seq = new AtomicLong();
  private final ExecutorService runner = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(QUEUE), r -> {
        Thread t = new Thread(r, "embargo-batch-job");
        t.setDaemon(true);
        return t;
      });

  BatchJobs(ScreenerProvider screeners, Outcomes outcomes) {
    this.screeners = screeners;
    this.outcomes = outcomes;
    try {
      root = Files.createTempDirectory("embargo-batch-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the batch directory: " + e.getMessage(), e);
    }
  }

  /**
   * Stores the upload and queues the job.
   *
   * @throws ApiException 400 for a bad mapping, 503 when the queue is full
   */
  Job submit(Actor owner, String fileName, InputStream content, String columns, boolean all) throws IOException {
    purgeOld();
    ColumnMapping mapping;
    try {
      mapping = columns == null || columns.isBlank() ? ColumnMapping.auto() : ColumnMapping.parse(columns);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("columns: " + e.getMessage());
    }
    String id = Long.toString(seq.incrementAndGet()) + "-" + Sessions.token().substring(0, 8);
    Path dir = Files.createDirectory(root.resolve(id));
    Job job = new Job(id, owner.name(), fileName == null ? "upload.csv" : fileName, dir);
    try (InputStream in = content) {
      Files.copy(in, job.input());
    }
    jobs.put(id, job);
    try {
      runner.execute(() -> run(job, mapping, all));
    } catch (RejectedExecutionException e) {
      jobs.remove(id);
      delete(dir);
      throw new ApiException(503, "busy", "file: " + QUEUE + " batches are already waiting; try again later");
    }
    return job;
  }

  private void run(Job job, ColumnMapping mapping, boolean all) {
    job.state = State.RUNNING;
    try {
      Screener screener = screeners.current();
      BatchScreening.Builder b = BatchScreening.builder(screener).input(job.input()).output(job.output())
          .rejects(job.rejects()).mapping(mapping).all(all).progress(p -> job.progress = p);
      Decider d = outcomes.decider(screener);
      if (d != null) {
        b.decider(d);
      }
      BatchSummary s = b.build().run();
      // the final figures, whether or not the last progress callback has been seen
      job.progress = new BatchProgress(s.records(), s.records(), s.ratePerSecond(), s.hits(), s.rejects(), s.elapsed());
      LOG.info("batch {} done: {}", job.id, s);
      job.state = State.DONE;
    } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
      job.error = e.getMessage();
      job.state = State.FAILED;
    } catch (RuntimeException e) {
      LOG.error("batch {} failed", job.id, e);
      job.error = "internal error; see the server log";
      job.state = State.FAILED;
    } finally {
      job.endedAt = Instant.now();
    }
  }

  /** The job with this id if {@code actor} started it. */
  Optional<Job> find(String id, Actor actor) {
    Job j = jobs.get(id);
    return j != null && j.owner.equals(actor.name()) ? Optional.of(j) : Optional.empty();
  }

  private void purgeOld() {
    Instant cutoff = Instant.now().minus(KEEP);
    jobs.values().removeIf(j -> {
      if (j.endedAt != null && j.endedAt.isBefore(cutoff)) {
        delete(j.dir);
        return true;
      }
      return false;
    });
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.warn("cannot delete {}: {}", dir, e.getMessage());
    }
  }

  @Override
  public void close() {
    runner.shutdownNow();
    delete(root);
  }
}
