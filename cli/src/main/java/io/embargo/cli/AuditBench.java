package io.embargo.cli;

import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.StoreConfig;
import io.embargo.store.audit.AuditJson;
import io.embargo.store.audit.AuditTrail;
import io.embargo.store.audit.VerifyResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code embargo bench audit}: builds an audit trail of N records (default 1,000,000) in a fresh embedded
 * database (or the one {@code --db-url} names) and times {@code audit verify} over it.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Build N audit records, then time audit verify (target: 1,000,000 in < 30 s).")
final class AuditBench implements Runnable {
  @Mixin GlobalOptions global;
  @Option(names = "--records", defaultValue = "1000000", description = "Records to build (default ${DEFAULT-VALUE}).")
  int records;
  @Option(names = "--tx", defaultValue = "10000", description = "Records per transaction while building.")
  int perTx;

  @Override
  public void run() {
    StoreConfig cfg;
    if (global.dbUrl != null) {
      cfg = global.storeConfig();
    } else {
      try {
        cfg = StoreConfig.embedded(global.home != null ? global.home : Files.createTempDirectory("embargo-bench-audit"));
      } catch (IOException e) {
        throw new IllegalStateException("cannot create a temporary directory: " + e.getMessage(), e);
      }
    }
    Actor bench = new Actor("bench", java.util.Set.of());
    try (Database db = Database.open(cfg)) {
      AuditTrail trail = new AuditTrail(db);
      long t0 = System.nanoTime();
      int done = 0;
      while (done < records) {
        int n = Math.min(perTx, records - done);
        int base = done;
        trail.inTransaction(tx -> {
          for (int i = 0; i < n; i++) {
            int k = base + i;
            tx.append(bench, k % 2 == 0 ? "alert.record" : "alert.decide", "alert:" + k,
                AuditJson.of("partyRef", "party-" + k, "verdict", "FALSE_POSITIVE", "reason", "synthetic record"),
                k % 3 == 0 ? List.of("EAR") : List.of("OFAC"));
          }
          return null;
        });
        done += n;
      }
      double build = (System.nanoTime() - t0) / 1e9;
      var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
      long c1 = cpu.getCurrentThreadCpuTime();
      long t1 = System.nanoTime();
      VerifyResult v = trail.verify();
      double verify = (System.nanoTime() - t1) / 1e9;
      double verifyCpu = (cpu.getCurrentThreadCpuTime() - c1) / 1e9;
      System.out.printf(Locale.ROOT, "bench audit: built %,d records in %.1f s (%,.0f records/s)%n", records, build,
          records / build);
      System.out.printf(Locale.ROOT, "bench audit: verify %s in %.2f s wall, %.2f s CPU (%,.0f records/s;"
          + " target < 30 s for 1,000,000)%n", v.ok() ? "OK" : "FAILED: " + v.summary(), verify, verifyCpu,
          v.recordsChecked() / verify);
      System.out.printf(Locale.ROOT, "bench audit: load average %.1f on %d cores%n",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
    }
  }
}
