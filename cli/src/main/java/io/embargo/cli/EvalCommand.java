package io.embargo.cli;

import io.embargo.lists.ImportedList;
import io.embargo.lists.SharedLists;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningOptions;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code embargo eval CASES.jsonl}: runs labelled cases against the shared evaluation list set and prints,
 * per kind and overall, recall at the default threshold, the false-positive rate on negatives, precision,
 * and recall at the thresholds where 1% of {@code negative_random} and of {@code negative_hard} queries hit.
 * A figure-printing command, not a test.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Evaluate the matcher on labelled cases (shared/eval format).",
        "Example: embargo eval ../shared/eval/screening-dev.jsonl --out per-case.jsonl"})
final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CASES", description = "JSON Lines file of labelled cases.")
  Path cases;

  @Option(names = "--lists", split = ",", description = "Only these lists, e.g. ofac-sdn,csl (default: all).")
  List<String> lists;

  @Option(names = "--out", paramLabel = "FILE", description = "Write id, kind, best expected and best other score per case.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(cases)) {
      throw new IllegalArgumentException("CASES: no such file " + cases);
    }
    List<EvalCases.Case> cs = EvalCases.read(cases);
    long t0 = System.nanoTime();
    Screener.Builder b = Screener.builder();
    for (ImportedList l : SharedLists.evalSet()) {
      b.add(l.entries());
    }
    Screener s = b.build();
    System.out.printf(Locale.ROOT, "%d entries indexed in %.2f s; %d cases from %s%n", s.size(),
        (System.nanoTime() - t0) / 1e9, cs.size(), cases.getFileName());
    ScreeningOptions opts = ScreenCommand.options(null, lists, 50);
    long t1 = System.nanoTime();
    List<EvalCases.Outcome> outcomes = cs.parallelStream().map(c -> EvalCases.score(s, c, opts))
        .collect(Collectors.toList());
    System.out.printf(Locale.ROOT, "screened in %.2f s%n%n", (System.nanoTime() - t1) / 1e9);
    EvalReport.print(outcomes, s.defaultThreshold(), System.out);
    if (out != null) {
      write(outcomes, out);
    }
    return 0;
  }

  private static void write(List<EvalCases.Outcome> outcomes, Path out) throws Exception {
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      for (EvalCases.Outcome o : outcomes) {
        w.write(String.format(Locale.ROOT, "{\"id\":\"%s\",\"kind\":\"%s\",\"expected\":%s,\"other\":%s}%n",
            o.c().id(), o.c().kind(), o.expected() == null ? "null" : String.format(Locale.ROOT, "%.4f", o.expected()),
            o.other() <= 0 ? "null" : String.format(Locale.ROOT, "%.4f", o.other())));
      }
    }
  }
}
