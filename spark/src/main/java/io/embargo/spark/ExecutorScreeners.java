package io.embargo.spark;

import io.embargo.match.Screener;
import io.embargo.model.ListEntry;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.spark.broadcast.Broadcast;

/**
 * One {@link Screener} per executor JVM and broadcast: the first task of a job on an executor builds the index
 * from the broadcast entries, every later task (and every concurrent one) reuses it. Keyed by broadcast id, so
 * a job with other lists gets its own. Thread-safe.
 */
final class ExecutorScreeners {
  private static final ConcurrentMap<Long, Screener> CACHE = new ConcurrentHashMap<>();

  private ExecutorScreeners() {}

  static Screener get(Broadcast<List<ListEntry>> entries, double threshold) {
    return CACHE.computeIfAbsent(entries.id(), id -> {
      Screener.Builder b = Screener.builder().add(entries.value());
      if (!Double.isNaN(threshold)) {
        b.threshold(threshold);
      }
      return b.build();
    });
  }

  /** Drops the screener of a broadcast that is no longer used (driver side, after a job). */
  static void evict(long broadcastId) {
    CACHE.remove(broadcastId);
  }
}
