package io.embargo.cli;

import io.embargo.store.watch.Monitor;
import io.embargo.store.watch.RescreenReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Runs the pending re-screen jobs and prints one line per job. */
final class MonitorRun {
  private final PrintWriter out;

  MonitorRun(PrintWriter out) {
    this.out = out;
  }

  List<RescreenReport> run(Monitor monitor) {
    List<RescreenReport> reports = monitor.runPending();
    for (RescreenReport r : reports) {
      print(r);
    }
    return reports;
  }

  void print(RescreenReport r) {
    out.printf(Locale.ROOT, "re-screen %s%s: %d watched parties against %d entries, %d new alerts (%.1f s)%n",
        r.jobId(), r.resumed() ? " (resumed)" : "", r.parties(), r.entries(), r.newHits(),
        r.elapsed().toMillis() / 1000.0);
    out.flush();
  }
}
