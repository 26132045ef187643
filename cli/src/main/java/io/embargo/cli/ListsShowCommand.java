package io.embargo.cli;

import io.embargo.model.PartyType;
import io.embargo.store.Database;
import io.embargo.store.ListStore;
import io.embargo.store.VersionDetails;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code embargo lists show}: the list versions in force, with counts, provenance and hashes. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show the lists loaded: version, entry counts by party type, source files, SHA-256, import time, publication date.")
final class ListsShowCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(names = "--as-of", description = "Show the versions in force on this date (YYYY-MM-DD).")
  LocalDate asOf;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = global.openDatabase()) {
      ListStore store = new ListStore(db);
      List<VersionDetails> active = store.activeDetails(asOf);
      if (active.isEmpty()) {
        out.println("No lists loaded. Import some with: embargo lists import FILE…");
      }
      int total = 0;
      for (VersionDetails d : active) {
        total += d.ref().entries();
        out.printf(Locale.ROOT, "%s  version %d  %d entries (%s)%n", d.ref().list().code(), d.ref().version(),
            d.ref().entries(), counts(store.countsByType(d.ref())));
        out.printf(Locale.ROOT, "  title:     %s%n", d.ref().list().title());
        out.printf(Locale.ROOT, "  sha256:    %s%n", d.ref().sha256());
        out.printf(Locale.ROOT, "  imported:  %s by %s%n", d.ref().importedAt(), d.importedBy());
        out.printf(Locale.ROOT, "  published: %s (in force from %s)%n",
            d.ref().published() == null ? "unknown" : d.ref().published(), d.effective());
        out.printf(Locale.ROOT, "  format:    %s%n", d.format() == null ? "unknown" : d.format());
        for (String f : d.sourceFiles()) {
          out.printf(Locale.ROOT, "  source:    %s%n", f);
        }
      }
      if (!active.isEmpty()) {
        out.printf(Locale.ROOT, "%d lists, %d entries%n", active.size(), total);
      }
      out.flush();
    }
  }

  private static String counts(Map<PartyType, Integer> byType) {
    StringBuilder sb = new StringBuilder();
    byType.forEach((t, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(t.code()).append(' ').append(n));
    return sb.toString();
  }
}
