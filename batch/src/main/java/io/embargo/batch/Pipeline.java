package io.embargo.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The batch engine: one reader thread cuts the input into chunks and submits each to a pool of screening
 * workers; the calling thread takes the chunks' results <em>in input order</em> from a bounded queue of
 * futures and writes them. The queue bounds memory (at most {@code 4 × threads} chunks in flight) and the
 * order makes the output deterministic, which resume and the Spark comparison rely on.
 */
final class Pipeline {
  static final int CHUNK = 500;
  private static final List<RecordScreener.Outcome> END = List.of();

  private final RecordSource source;
  private final int[] columns;
  private final RecordScreener screener;
  private final int threads;
  private final long skip;

  Pipeline(RecordSource source, int[] columns, RecordScreener screener, int threads, long skip) {
    this.source = source;
    this.columns = columns;
    this.screener = screener;
    this.threads = threads;
    this.skip = skip;
  }

  /** Consumes the results of each chunk in input order. */
  interface Sink {
    void accept(List<RecordScreener.Outcome> chunk) throws IOException;
  }

  void run(Sink sink) throws IOException {
    BlockingQueue<Future<List<RecordScreener.Outcome>>> inflight = new ArrayBlockingQueue<>(threads * 4);
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "embargo-batch-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    Thread reader = new Thread(() -> read(pool, inflight), "embargo-batch-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      while (true) {
        List<RecordScreener.Outcome> chunk = await(inflight.take());
        if (chunk == END) {
          break;
        }
        sink.accept(chunk);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      reader.interrupt();
      pool.shutdownNow();
    }
  }

  private static List<RecordScreener.Outcome> await(Future<List<RecordScreener.Outcome>> f)
      throws InterruptedException, IOException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException) {
        throw (IOException) c;
      }
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      throw new IllegalStateException(c);
    }
  }

  private void read(ExecutorService pool, BlockingQueue<Future<List<RecordScreener.Outcome>>> inflight) {
    try {
      try {
        List<SourceRecord> chunk = new ArrayList<>(CHUNK);
        for (SourceRecord r = source.next(); r != null; r = source.next()) {
          if (r.number() <= skip) {
            continue;
          }
          chunk.add(r);
          if (chunk.size() == CHUNK) {
            List<SourceRecord> c = chunk;
            inflight.put(pool.submit(() -> screen(c)));
            chunk = new ArrayList<>(CHUNK);
          }
        }
        if (!chunk.isEmpty()) {
          List<SourceRecord> c = chunk;
          inflight.put(pool.submit(() -> screen(c)));
        }
        inflight.put(CompletableFuture.completedFuture(END));
      } catch (IOException | RuntimeException e) {
        inflight.put(CompletableFuture.failedFuture(e));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the writer gave up; nothing more to do
    }
  }

  private List<RecordScreener.Outcome> screen(List<SourceRecord> chunk) {
    List<RecordScreener.Outcome> out = new ArrayList<>(chunk.size());
    for (SourceRecord r : chunk) {
      out.add(screen(r));
    }
    return out;
  }

  private RecordScreener.Outcome screen(SourceRecord r) {
    String fallbackId = Long.toString(r.number());
    if (r.error() != null) {
      return new RecordScreener.Outcome(List.of(), new Reject(r.line(), fallbackId, r.error()));
    }
    String[] v = r.values();
    return screener.screen(r.line(), fallbackId, f -> {
      int i = columns[f.ordinal()];
      return i < 0 ? null : v[i];
    });
  }
}
