package io.embargo.cli;

import io.embargo.decisions.Decider;
import io.embargo.decisions.Outcome;
import io.embargo.decisions.ownership.OwnershipGraph;
import io.embargo.decisions.ownership.OwnershipLink;
import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code embargo bench decide}: the decider's own cost (places + ownership, owner screening cold and warm) on
 * a synthetic ownership graph, one thread. Screening of the parties themselves is not included (empty
 * results): see {@code bench screen} for that.
 */
@Command(name = "decide", mixinStandardHelpOptions = true,
    description = "Decider throughput (embargoed places + 50%% rules) on a synthetic ownership graph.")
final class DecideBenchCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin GlobalOptions options;

  @Option(names = "--parties", description = "Screened parties (default: ${DEFAULT-VALUE}).", defaultValue = "20000")
  int parties;

  @Option(names = "--holdings", description = "Distinct owner companies (default: ${DEFAULT-VALUE}).",
      defaultValue = "5000")
  int holdings;

  @Override
  public void run() {
    if (parties < 1 || holdings < 1) {
      throw new IllegalArgumentException("--parties and --holdings: must be at least 1");
    }
    Screener screener;
    try {
      screener = ScreenerSource.load(options, null);
    } catch (io.embargo.lists.ListImportException e) {
      throw new IllegalStateException("cannot load the lists: " + e.getMessage(), e);
    }
    List<OwnershipLink> links = new ArrayList<>();
    for (int h = 0; h < holdings; h++) {
      links.add(new OwnershipLink("Bench Root " + (h % 97), "Bench Holding " + h, 60.0, "bench", null));
    }
    for (int i = 0; i < parties; i++) {
      links.add(new OwnershipLink("Bench Holding " + (i % holdings), "Bench Party " + i, 30.0, "bench", null));
      links.add(new OwnershipLink("Bench Holding " + ((i * 7 + 3) % holdings), "Bench Party " + i, 25.0, "bench",
          null));
    }
    long t0 = System.nanoTime();
    Decider decider = Decider.builder(screener).ownership(OwnershipGraph.of(links)).build();
    double buildMs = (System.nanoTime() - t0) / 1e6;
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "graph: %d links, %d parties, %d holdings; screener: %d entries; build %.0f ms%n",
        links.size(), parties, holdings, screener.size(), buildMs);
    for (String pass : new String[] {"cold (owners screened)", "warm (owner cache)"}) {
      Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
      long start = System.nanoTime();
      for (int i = 0; i < parties; i++) {
        Query q = Query.builder("Bench Party " + i)
            .address(i % 10 == 0 ? "ul. Lenina " + i + ", Sevastopol" : "Hauptstrasse " + i + ", Hamburg").build();
        Outcome o = decider.decide(q, new ScreeningResult(q, List.of(), List.of(), "bench", 1), null).outcome();
        counts.merge(o, 1, Integer::sum);
      }
      double s = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "%-24s %8.0f decisions/s  (%d in %.2f s) %s%n", pass, parties / s, parties, s, counts);
    }
    Runtime rt = Runtime.getRuntime();
    System.gc();
    out.printf(Locale.ROOT, "heap used after GC (lists, graph, owner cache): %d MiB%n",
        (rt.totalMemory() - rt.freeMemory()) >> 20);
    java.lang.ref.Reference.reachabilityFence(decider);
    out.flush();
  }
}
