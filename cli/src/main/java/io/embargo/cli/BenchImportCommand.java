package io.embargo.cli;

import io.embargo.lists.ImportedList;
import io.embargo.lists.ListImportException;
import io.embargo.lists.SharedLists;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code embargo bench import}: reads every shared list ({@link SharedLists#allSources()}, or the evaluation
 * set with {@code --eval}) through the importers, and prints the wall time per list and in total, and the
 * heap used after a full GC before and after (the difference is what the imported entries retain). It
 * touches no database. One run per invocation; {@code --warmup} runs first without printing, to measure a
 * warm JVM.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Benchmark: import every shared list file; print time per list and heap after GC.")
final class BenchImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--eval", description = "Import the evaluation set instead of every list.")
  boolean eval;

  @Option(names = "--warmup", defaultValue = "0", description = "Unmeasured runs before the measured one (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Override
  public Integer call() throws ListImportException {
    if (warmup < 0) {
      throw new IllegalArgumentException("--warmup must not be negative: " + warmup);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<SharedLists.Source> sources = eval ? SharedLists.evalSources() : SharedLists.allSources();
    for (int i = 0; i < warmup; i++) {
      for (SharedLists.Source s : sources) {
        s.read();
      }
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    List<ImportedList> kept = new ArrayList<>();
    long total = 0;
    int entries = 0;
    out.printf(Locale.ROOT, "%-14s %-9s %8s %10s%n", "list", "format", "entries", "ms");
    for (SharedLists.Source s : sources) {
      long t0 = System.nanoTime();
      ImportedList l = s.read();
      long ns = System.nanoTime() - t0;
      total += ns;
      entries += l.entries().size();
      kept.add(l);
      out.printf(Locale.ROOT, "%-14s %-9s %8d %10.1f%n", l.list().code(), l.format(), l.entries().size(), ns / 1e6);
    }
    out.printf(Locale.ROOT, "%-14s %-9s %8d %10.1f%n", "total", "", entries, total / 1e6);
    long after = usedAfterGc(memory);
    out.printf(Locale.ROOT, "heap used after GC: %.1f MiB before, %.1f MiB with the %d lists held (%.1f MiB retained)%n",
        before / 1048576.0, after / 1048576.0, kept.size(), (after - before) / 1048576.0);
    out.printf(Locale.ROOT, "max heap: %.0f MiB, JVM: %s%n", memory.getHeapMemoryUsage().getMax() / 1048576.0,
        System.getProperty("java.vm.version"));
    out.flush();
    return kept.isEmpty() ? 1 : 0;
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
