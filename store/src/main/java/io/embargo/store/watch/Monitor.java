package io.embargo.store.watch;

import io.embargo.match.Screener;
import io.embargo.match.ScreeningResult;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.ListVersionRef;
import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.ListStore;
import io.embargo.store.alerts.Alerts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;

/**
 * Continuous screening of the watch list. Each new list version queues a <em>delta</em> job (in the import's
 * own transaction); {@link #runPending()} screens every watched party against only the added and changed
 * entries of that version, with the same matcher as any screening, and hands each result with hits to the
 * {@link NewHitSink}, which raises only hits it has not seen.
 *
 * <p><b>Crash safety.</b> Parties are processed in id order in chunks; after each chunk the job's cursor
 * (last id done) is committed. A killed run resumes from the cursor; the chunk in flight is screened again,
 * and the idempotent sink keeps that from raising anything twice.
 *
 * <p>Thread-safe as far as the database is; run one monitor per job at a time for meaningful reports.
 */
public final class Monitor {
  /** Parties per checkpoint. */
  static final int CHUNK = 5_000;
  private final ListStore store;
  private final NewHitSink sink;
  private final WatchList watch;
  private final Jdbi jdbi;
  private final int chunk;

  public Monitor(ListStore store, NewHitSink sink) {
    this(store, sink, CHUNK);
  }

  Monitor(ListStore store, NewHitSink sink, int chunk) {
    this.store = store;
    this.sink = sink;
    this.watch = new WatchList(store.database());
    this.jdbi = store.database().jdbi();
    this.chunk = chunk;
  }

  /** The default sink: the alert queue of {@code db}. */
  public static NewHitSink defaultSink(Database db) {
    return new AlertSink(new Alerts(db));
  }

  /** Runs every pending (or interrupted) job, oldest first. */
  public List<RescreenReport> runPending() {
    List<String> ids = jdbi.withHandle(h -> h.createQuery("SELECT job_id FROM rescreen_job WHERE status = 'pending'"
        + " ORDER BY created_at, job_id").mapTo(String.class).list());
    List<RescreenReport> out = new ArrayList<>();
    for (String id : ids) {
      out.add(run(id));
    }
    return out;
  }

  /** Queues and runs a full re-screen: every watched party against every list version in force now. */
  public RescreenReport rescreenFull() {
    long now = System.currentTimeMillis();
    String id = "full:" + now;
    jdbi.useHandle(h -> h.execute("INSERT INTO rescreen_job (job_id, kind, status, parties_done, new_hits,"
        + " created_at) VALUES (?, 'full', 'pending', 0, 0, ?)", id, now));
    return run(id);
  }

  /** Runs (or resumes) one job. */
  public RescreenReport run(String jobId) {
    long start = System.nanoTime();
    Job job = jdbi.withHandle(h -> h.createQuery("SELECT job_id, kind, list_code, from_version, to_version, status,"
            + " cursor_ref FROM rescreen_job WHERE job_id = :id").bind("id", jobId)
        .map((rs, ctx) -> new Job(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getObject(4) == null ? null : (Long) rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7)))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("job: no re-screen job '" + jobId + "'")));
    if (job.status().equals("done")) {
      return new RescreenReport(jobId, job.kind(), 0, 0, 0, false, Duration.ZERO);
    }
    String cursor = job.cursor();
    boolean nobodyLeft = watch.page(cursor, 1).isEmpty();
    Screener screener = nobodyLeft ? Screener.builder().build() : screenerFor(job);
    long parties = 0;
    long newHits = 0;
    if (screener.size() > 0) {
      // The next page is read while this one is screened; the cursor only moves once a page's hits are recorded.
      ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "embargo-rescreen-reader");
        t.setDaemon(true);
        return t;
      });
      try {
        Future<List<WatchedParty>> next = reader.submit(readPage(cursor));
        for (List<WatchedParty> page = get(next); !page.isEmpty(); page = get(next)) {
          next = reader.submit(readPage(page.get(page.size() - 1).ref()));
          newHits += screenPage(jobId, screener, page);
          parties += page.size();
        }
      } finally {
        reader.shutdownNow();
      }
    }
    finish(jobId);
    return new RescreenReport(jobId, job.kind(), screener.size(), parties, newHits, job.cursor() != null,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Screens one page, records its hits, then moves the job's cursor past it; returns the new hits. */
  private int screenPage(String jobId, Screener screener, List<WatchedParty> page) {
    List<ScreeningResult> results = page.parallelStream().map(p -> screener.screen(p.toQuery())).toList();
    List<NewHitSink.PartyResult> withHits = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (!results.get(i).hits().isEmpty()) {
        withHits.add(new NewHitSink.PartyResult(page.get(i).ref(), results.get(i)));
      }
    }
    int hits = withHits.isEmpty() ? 0 : sink.record(withHits, Actor.SYSTEM);
    checkpoint(jobId, page.get(page.size() - 1).ref(), page.size(), hits);
    return hits;
  }

  private Callable<List<WatchedParty>> readPage(String after) {
    return () -> watch.page(after, chunk);
  }

  private static List<WatchedParty> get(Future<List<WatchedParty>> page) {
    try {
      return page.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("re-screen interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  private Screener screenerFor(Job job) {
    if (job.kind().equals("full")) {
      return store.screener(null);
    }
    ListId list = ListId.fromCode(job.list());
    Optional<ListVersionRef> to = store.version(list, job.to()).map(d -> d.ref());
    if (to.isEmpty()) {
      return Screener.builder().build();
    }
    List<ListEntry> delta = store.newContent(list, job.from(), job.to());
    // Word rarity from the full set of lists in force, so the delta scores as a full screening would.
    return Screener.builder().add(delta).listVersion(to.get()).statisticsFrom(store.screener(null)).build();
  }

  private void checkpoint(String jobId, String cursor, int parties, int hits) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE rescreen_job SET cursor_ref = :c, parties_done = parties_done + :p,"
            + " new_hits = new_hits + :n WHERE job_id = :id")
        .bind("c", cursor).bind("p", parties).bind("n", hits).bind("id", jobId).execute());
  }

  private void finish(String jobId) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE rescreen_job SET status = 'done', finished_at = :t WHERE job_id = :id")
        .bind("t", System.currentTimeMillis()).bind("id", jobId).execute());
  }

  /** Number of jobs not yet finished. */
  public long pendingJobs() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM rescreen_job WHERE status = 'pending'")
        .mapTo(Long.class).one());
  }

  private record Job(String id, String kind, String list, Long from, long to, String status, String cursor) {}
}
