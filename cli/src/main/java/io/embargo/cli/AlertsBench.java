package io.embargo.cli;

import io.embargo.match.Explanation;
import io.embargo.match.Hit;
import io.embargo.match.Query;
import io.embargo.match.ScreeningResult;
import io.embargo.model.AliasQuality;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.ListVersionRef;
import io.embargo.model.PartyType;
import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.StoreConfig;
import io.embargo.store.alerts.Alerts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code embargo bench alerts}: alerts recorded per second on a fresh embedded database (synthetic results
 * with 1–3 hits each), in batches through {@link Alerts#recordAll} and one by one through {@link Alerts#record}.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = "Alerts recorded per second on a fresh embedded database (target >= 5,000/s).")
final class AlertsBench implements Runnable {
  @Option(names = "--count", defaultValue = "50000", description = "Alerts to record in batches (default ${DEFAULT-VALUE}).")
  int count;
  @Option(names = "--batch", defaultValue = "500", description = "Screenings per transaction (default ${DEFAULT-VALUE}).")
  int batch;
  @Option(names = "--single", defaultValue = "2000", description = "Alerts to record one per transaction.")
  int single;
  @Option(names = "--dir", description = "Directory for the database (default: a new temporary one).")
  Path dir;

  @Override
  public void run() {
    Path d = dir;
    try {
      d = d == null ? Files.createTempDirectory("embargo-bench-alerts") : d;
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a temporary directory: " + e.getMessage(), e);
    }
    List<ListEntry> entries = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      entries.add(ListEntry.builder(i % 2 == 0 ? ListId.BIS_EL : ListId.OFAC_SDN, "e" + i)
          .type(PartyType.ORGANIZATION).name("Listed Company " + i).remarks("synthetic").build());
    }
    List<ListVersionRef> versions = List.of(new ListVersionRef(ListId.BIS_EL, 1, "0".repeat(64), null,
        Instant.now(), 500), new ListVersionRef(ListId.OFAC_SDN, 1, "1".repeat(64), null, Instant.now(), 500));
    try (Database db = Database.open(StoreConfig.embedded(d))) {
      Alerts alerts = new Alerts(db);
      var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      int done = 0;
      while (done < count) {
        int n = Math.min(batch, count - done);
        List<Alerts.Screening> s = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          s.add(new Alerts.Screening("party-" + (done + i), result(entries, versions, done + i)));
        }
        alerts.recordAll(s, "batch", Actor.SYSTEM);
        done += n;
      }
      double batched = count / ((System.nanoTime() - t0) / 1e9);
      double batchedCpu = count / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
      long c1 = cpu.getCurrentThreadCpuTime();
      long t1 = System.nanoTime();
      for (int i = 0; i < single; i++) {
        alerts.record("single-" + i, result(entries, versions, i), "screen", Actor.SYSTEM);
      }
      double one = single / ((System.nanoTime() - t1) / 1e9);
      double oneCpu = single / ((cpu.getCurrentThreadCpuTime() - c1) / 1e9);
      System.out.printf(Locale.ROOT, "bench alerts: %,d alerts in batches of %d: %,.0f alerts/s wall,"
          + " %,.0f alerts per CPU-second (target >= 5,000/s)%n", count, batch, batched, batchedCpu);
      System.out.printf(Locale.ROOT, "bench alerts: %,d alerts one transaction each: %,.0f alerts/s wall,"
          + " %,.0f per CPU-second%n", single, one, oneCpu);
      System.out.printf(Locale.ROOT, "bench alerts: load average %.1f on %d cores%n",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      System.out.println("bench alerts: database " + d.resolve("embargo.db"));
    }
  }

  private static ScreeningResult result(List<ListEntry> entries, List<ListVersionRef> versions, int i) {
    List<Hit> hits = new ArrayList<>(3);
    for (int k = 0; k <= i % 3; k++) {
      ListEntry e = entries.get((i * 7 + k * 13) % entries.size());
      hits.add(new Hit(e, 0.9 - k * 0.02, AliasQuality.STRONG, true,
          new Explanation(e.name(), 0.9, List.of(), List.of(), List.of("synthetic"))));
    }
    return new ScreeningResult(Query.of("Party " + i), hits, versions, "bench", 0.85);
  }
}
