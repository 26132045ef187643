package io.embargo.cli;

import io.embargo.lists.ImportedList;
import io.embargo.lists.SharedLists;
import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.model.ListEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code embargo bench screen}: builds the index over all shared evaluation lists (or a synthetic list of
 * {@code --synthetic} entries made from real name parts), then screens perturbed list names and ordinary
 * names single-threaded and on all cores, and prints queries per second, p50/p99 latency, index build time
 * and heap. Figures, not a test: run it once per measurement on an otherwise idle machine.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = {"Benchmark screening: throughput, latency, index build time and heap.",
        "Example: embargo bench screen --queries 50000; embargo bench screen --synthetic 1000000"})
final class ScreenBenchCommand implements Callable<Integer> {
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  @Option(names = "--queries", defaultValue = "200000", description = "Queries per run (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--synthetic", defaultValue = "0",
      description = "Index this many synthetic entries made from real name parts instead of the shared lists.")
  int synthetic;

  @Option(names = "--threads", description = "Threads for the all-cores run (default: available processors).")
  Integer threads;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (queries < 1) {
      throw new IllegalArgumentException("--queries: must be at least 1, was " + queries);
    }
    List<ListEntry> entries = new ArrayList<>();
    for (ImportedList l : SharedLists.evalSet()) {
      entries.addAll(l.entries());
    }
    BenchData data = new BenchData(entries, seed);
    if (synthetic > 0) {
      entries = data.synthetic(synthetic);
    }
    long heapBefore = usedHeap();
    long t0 = System.nanoTime();
    long c0 = CPU.getCurrentThreadCpuTime();
    Screener s = Screener.builder().add(entries).build();
    double build = (System.nanoTime() - t0) / 1e9;
    double buildCpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
    long heapAfter = usedHeap();
    System.out.printf(Locale.ROOT, "index: %,d entries built in %.2f s wall, %.2f s CPU; index heap %.0f MB"
        + " (total used %.0f MB)%n", s.size(), build, buildCpu, (heapAfter - heapBefore) / 1e6, heapAfter / 1e6);
    System.out.printf(Locale.ROOT, "machine: %d processors, load average %.1f (wall-clock figures suffer when the"
        + " machine is shared; CPU-time figures do not)%n", Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    List<Query> qs = data.queries(queries);
    run(s, qs.subList(0, Math.min(qs.size(), 5000)), 1, false);
    run(s, qs, 1, true);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    run(s, qs, n, true);
    return 0;
  }

  private static void run(Screener s, List<Query> qs, int threads, boolean print) throws Exception {
    long[] lat = new long[qs.size()];
    java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<Long>> fs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      final int offset = t;
      fs.add(pool.submit(() -> {
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long hits = 0;
        for (int i = offset; i < qs.size(); i += threads) {
          long a = System.nanoTime();
          hits += s.screen(qs.get(i)).hits().size();
          lat[i] = System.nanoTime() - a;
        }
        cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - cpu0);
        return hits;
      }));
    }
    long hits = 0;
    for (Future<Long> f : fs) {
      hits += f.get();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    if (!print) {
      return;
    }
    Arrays.sort(lat);
    double cpu = cpuNanos.get() / 1e9;
    System.out.printf(Locale.ROOT, "%d thread(s): %,d queries in %.2f s = %,.0f screenings/s wall; %.2f s CPU = %,.0f"
        + " screenings per CPU-second; latency p50 %.3f ms, p99 %.3f ms, max %.3f ms; %,d hits%n", threads,
        qs.size(), secs, qs.size() / secs, cpu, qs.size() / cpu, lat[lat.length / 2] / 1e6,
        lat[(int) (lat.length * 0.99)] / 1e6, lat[lat.length - 1] / 1e6, hits);
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }
}
