package io.embargo.cli;

import io.embargo.store.Database;
import io.embargo.store.ListStore;
import io.embargo.store.watch.Monitor;
import io.embargo.store.watch.RescreenReport;
import io.embargo.store.watch.WatchList;
import io.embargo.store.watch.WatchedParty;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code embargo watch}: the watch list of the user's own parties under continuous screening. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Continuous screening: import the parties to watch, list them, re-screen them.")
final class WatchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Import parties from a CSV (columns: id, name, type, country, dob, identifiers, address).")
  int importCsv(@Mixin GlobalOptions global,
      @Parameters(paramLabel = "CSV", description = "The watch-list CSV file.") Path csv) {
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = global.openDatabase()) {
      WatchList w = new WatchList(db);
      int n = w.importCsv(csv);
      out.printf(Locale.ROOT, "%d parties imported from %s (%d watched). Screen them now with: embargo watch rescreen --full%n",
          n, csv, w.count());
      out.flush();
    }
    return 0;
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watched parties.")
  int list(@Mixin GlobalOptions global,
      @Option(names = "--limit", defaultValue = "100", description = "At most this many (default: ${DEFAULT-VALUE}).") int limit) {
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = global.openDatabase()) {
      WatchList w = new WatchList(db);
      List<WatchedParty> page = w.page(null, Math.max(1, limit));
      for (WatchedParty p : page) {
        out.printf(Locale.ROOT, "%s\t%s\t%s\t%s%n", p.ref(), p.name(), p.type().code(),
            p.country() == null ? "" : p.country());
      }
      out.printf(Locale.ROOT, "%d watched parties%s%n", w.count(), w.count() > page.size() ? " (first " + page.size() + " shown)" : "");
      out.flush();
    }
    return 0;
  }

  @Command(name = "rescreen", mixinStandardHelpOptions = true,
      description = "Finish pending (or interrupted) re-screens after list updates; --full re-screens everything.")
  int rescreen(@Mixin GlobalOptions global,
      @Option(names = "--full", description = "Screen every watched party against every list in force.") boolean full) {
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = global.openDatabase()) {
      Monitor m = new Monitor(new ListStore(db), Monitor.defaultSink(db));
      MonitorRun run = new MonitorRun(out);
      List<RescreenReport> done = run.run(m);
      if (full) {
        run.print(m.rescreenFull());
      } else if (done.isEmpty()) {
        out.println("nothing to re-screen: every list version has been screened (use --full to re-screen all)");
      }
      out.flush();
    }
    return 0;
  }
}
