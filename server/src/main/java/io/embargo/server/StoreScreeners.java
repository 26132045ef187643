package io.embargo.server;

import io.embargo.match.Screener;
import io.embargo.model.ListVersionRef;
import io.embargo.store.ListStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screeners from the versioned list store. The current screener is swapped atomically when the versions in
 * force change (checked every {@code checkEvery}, e.g. after {@code embargo lists update} in another process);
 * requests in flight finish on the screener they started with. Point-in-time screeners ({@code ?as_of=}) are
 * built on demand and the last few kept. Thread-safe; {@link #close()} stops the check.
 */
public final class StoreScreeners implements ScreenerProvider, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StoreScreeners.class);
  private static final int AS_OF_CACHE = 4;

  private final ListStore store;
  private final AtomicReference<Screener> current;
  private final ScheduledExecutorService checker;
  private volatile Runnable onChange = () -> { };
  private final Map<LocalDate, Screener> past = new LinkedHashMap<>(8, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<LocalDate, Screener> e) {
      return size() > AS_OF_CACHE;
    }
  };

  /**
   * @param store the list store
   * @param initial the screener over the versions in force now (already built by the caller)
   * @param checkEvery how often to look for new versions; null never looks
   */
  public StoreScreeners(ListStore store, Screener initial, Duration checkEvery) {
    this.store = store;
    this.current = new AtomicReference<>(initial);
    if (checkEvery == null) {
      checker = null;
    } else {
      checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "embargo-list-check");
        t.setDaemon(true);
        return t;
      });
      long ms = checkEvery.toMillis();
      checker.scheduleWithFixedDelay(this::refreshQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Runs {@code action} on the checking thread after each swap, e.g. re-screening the watch list against the
   * new versions ({@code Monitor::runPending}). A failing action is logged, never propagated.
   */
  public StoreScreeners onChange(Runnable action) {
    this.onChange = action;
    return this;
  }

  @Override
  public Screener current() {
    return current.get();
  }

  @Override
  public Screener asOf(LocalDate date) {
    synchronized (past) {
      Screener s = past.get(date);
      if (s == null) {
        List<ListVersionRef> versions = store.activeVersions(date);
        if (versions.isEmpty()) {
          throw new IllegalArgumentException("as_of: no list version was in force on " + date);
        }
        s = store.screenerOf(versions);
        past.put(date, s);
      }
      return s;
    }
  }

  /** Rebuilds the current screener if the versions in force changed; returns whether it did. */
  public boolean refresh() {
    List<ListVersionRef> now = store.activeVersions(null);
    if (now.equals(current.get().listVersions())) {
      return false;
    }
    Screener s = store.screenerOf(now);
    current.set(s);
    synchronized (past) {
      past.clear();
    }
    LOG.info("list versions changed: now screening against {}", now.stream().map(ListVersionRef::label).toList());
    try {
      onChange.run();
    } catch (RuntimeException e) {
      LOG.warn("after the list change: {}", e.getMessage());
    }
    return true;
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.warn("checking for new list versions failed: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    if (checker != null) {
      checker.shutdownNow();
    }
  }
}
