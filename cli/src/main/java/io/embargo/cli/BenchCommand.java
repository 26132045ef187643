package io.embargo.cli;

import picocli.CommandLine.Command;

/**
 * {@code embargo bench}: benchmarks that print figures (throughput, latency, heap). Each area registers its
 * own subcommand in {@link Main#commandLine()}: {@code bench screen}, {@code bench import}, {@code bench batch},
 * {@code bench rescreen}, {@code bench alerts}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: print throughput, latency and heap figures (not tests).")
final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Plain {@code embargo bench} runs {@code bench screen} with its defaults. */
  @Override
  public void run() {
    picocli.CommandLine screen = spec.commandLine().getSubcommands().get("screen");
    if (screen == null) {
      spec.commandLine().usage(System.out);
      return;
    }
    int rc = screen.execute();
    if (rc != 0) {
      throw new picocli.CommandLine.ExecutionException(spec.commandLine(), "bench screen failed (exit " + rc + ")");
    }
  }
}
