package io.embargo.cli;

import picocli.CommandLine;

/** Entry point of {@code embargo.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command tree. Each area registers its own subcommands here. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new EmbargoCommand());
    // Subcommands, one line per area (keep alphabetical):
    cl.addSubcommand(new BatchCommand());
    cl.addSubcommand(new BenchCommand());
    cl.addSubcommand(new ListsCommand());
    cl.addSubcommand(new WatchCommand());
    cl.addSubcommand(new UsersCommand());
    cl.addSubcommand(new AlertsCommand());
    cl.addSubcommand(new AuditCommand());
    cl.addSubcommand(new SuppressionsCommand());
    cl.addSubcommand(new DecideCommand());
    cl.addSubcommand(new OwnershipCommand());
    cl.addSubcommand(new ServeCommand());
    cl.addSubcommand(new ScreenCommand());
    cl.addSubcommand(new EvalCommand());
    cl.addSubcommand(new EvalPairsCommand());
    cl.getSubcommands().get("bench").addSubcommand(new ScreenBenchCommand());
    // Benchmarks: cl.getSubcommands().get("bench").addSubcommand(new XBenchCommand());
    cl.getSubcommands().get("bench").addSubcommand(new BatchBenchCommand());
    cl.getSubcommands().get("bench").addSubcommand(new BenchImportCommand());
    cl.getSubcommands().get("bench").addSubcommand(new AlertsBench());
    cl.getSubcommands().get("bench").addSubcommand(new RescreenBench());
    cl.getSubcommands().get("bench").addSubcommand(new AuditBench());
    cl.getSubcommands().get("bench").addSubcommand(new DecideBenchCommand());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    return cl;
  }
}
