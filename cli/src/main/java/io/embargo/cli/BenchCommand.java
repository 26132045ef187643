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

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
