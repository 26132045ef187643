package io.embargo.cli;

import io.embargo.batch.BatchScreening;
import io.embargo.batch.BatchSummary;
import io.embargo.batch.ColumnMapping;
import io.embargo.batch.SyntheticParties;
import io.embargo.lists.ImportedList;
import io.embargo.lists.SharedLists;
import io.embargo.match.Screener;
import io.embargo.model.ListEntry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code embargo bench batch}: the single-machine batch end to end (read CSV, screen, decide, write CSV) on
 * realistic names built from the shared name parts ({@link SyntheticParties}); prints records/s and peak
 * heap. Run it with {@code java -Xmx1g} to prove the heap bound. Not a test: one measured run.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Benchmark the batch: N realistic names through read, screen, write; prints records/s and peak heap.")
final class BatchBenchCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;

  @Option(names = "--records", description = "Input records (default: ${DEFAULT-VALUE}).")
  int records = 1_000_000;

  @Option(names = "--work", description = "Folder for the input and output files (default: ${DEFAULT-VALUE}).")
  Path work = Path.of("target", "bench-batch");

  @Option(names = "--threads", description = "Screening threads (default: all cores).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    List<ListEntry> entries = new ArrayList<>();
    for (ImportedList l : SharedLists.evalSet()) {
      entries.addAll(l.entries());
    }
    Path in = SyntheticParties.benchInput(work, records, entries);
    long t0 = System.nanoTime();
    Screener screener = ScreenerSource.load(global, null);
    double load = (System.nanoTime() - t0) / 1e9;
    entries = null; // only the screener's own copy stays reachable
    System.gc();
    out("lists: %d entries, screener (%s) loaded in %.1f s", screener.size(), screener.matcherVersion(), load);
    out("input: %s, %d records, %.1f MB", in, records, Files.size(in) / 1e6);

    resetPeaks();
    Path result = work.resolve("hits.csv");
    BatchScreening.Builder b = BatchScreening.builder(screener).input(in).output(result)
        .mapping(ColumnMapping.auto()).rejects(work.resolve("rejects.csv"));
    if (threads != null) {
      b.threads(threads);
    }
    double cpu0 = processCpuSeconds();
    long wall0 = System.nanoTime();
    BatchSummary s = b.build().run();
    double cpu = processCpuSeconds() - cpu0;
    double wall = (System.nanoTime() - wall0) / 1e9;
    out("%s", s);
    out("throughput: %.0f records/s end to end (read, screen, decide, write) on %d cores",
        s.ratePerSecond(), Runtime.getRuntime().availableProcessors());
    if (cpu >= 0) {
      // On a shared machine the wall-clock rate moves with the other tenants; CPU time moves much less.
      out("process CPU: %.1f s (%.0f records per CPU-second, JIT and GC included; %.2f cores busy on average)",
          cpu, (s.records() - s.resumedAfter()) / cpu, cpu / wall);
    }
    out("peak heap: %.0f MB (max heap %.0f MB)", peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    out("output: %s, %.1f MB", result, Files.size(result) / 1e6);
    return 0;
  }

  /** CPU time of the whole process (all threads, JIT and GC included), or a negative number when unknown. */
  private static double processCpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return -1;
  }

  private static void out(String format, Object... args) {
    System.out.println("bench batch: " + String.format(Locale.ROOT, format, args));
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks: an upper bound of the peak heap in use. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
