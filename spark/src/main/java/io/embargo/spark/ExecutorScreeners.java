package io.embargo.spark;

import io.embargo.decisions.Decider;
import io.embargo.match.Screener;
import io.embargo.model.ListEntry;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.spark.broadcast.Broadcast;

/**
 * One {@link Screener} (and its {@link Decider}) per executor JVM and broadcast: the first task of a job on an executor builds the index
 * from the broadcast entries, every later task (and every concurrent one) reuses it. Keyed by broadcast id, so
 * a job with other lists gets its own. Thread-safe.
 */
final class ExecutorScreeners {
  private static final ConcurrentMap<Long, Engine> CACHE = new ConcurrentHashMap<>();

  private ExecutorScreeners() {}

  /** The screener and the decider built on it. */
  record Engine(Screener screener, Decider decider) {}

  static Engine get(Broadcast<List<ListEntry>> entries, double threshold) {
    return CACHE.computeIfAbsent(entries.id(), id -> {
      Screener.Builder b = Screener.builder().add(entries.value());
      if (!Double.isNaN(threshold)) {
        b.threshold(threshold);
      }
      Screener s = b.build();
      return new Engine(s, Decider.builder(s).build());
    });
  }
}
