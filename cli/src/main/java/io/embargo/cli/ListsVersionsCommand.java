package io.embargo.cli;

import io.embargo.model.ListId;
import io.embargo.store.Database;
import io.embargo.store.ListStore;
import io.embargo.store.VersionDetails;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code embargo lists versions LIST}: every stored version of one list. */
@Command(name = "versions", mixinStandardHelpOptions = true, description = "List every stored version of a list.")
final class ListsVersionsCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin GlobalOptions global;

  @Parameters(index = "0", paramLabel = "LIST", description = "List code, e.g. ofac-sdn.")
  String list;

  @Override
  public void run() {
    ListId id = ListId.fromCode(list);
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = global.openDatabase()) {
      List<VersionDetails> all = new ListStore(db).details(id);
      if (all.isEmpty()) {
        throw new IllegalArgumentException("LIST: " + id.code() + " has never been imported");
      }
      out.println("version  entries  in force from  published   imported                  sha256");
      for (VersionDetails d : all) {
        out.printf(Locale.ROOT, "%7d  %7d  %-13s  %-10s  %-24s  %s%n", d.ref().version(), d.ref().entries(),
            d.effective(), d.ref().published() == null ? "-" : d.ref().published(), d.ref().importedAt(),
            d.ref().sha256());
      }
      out.flush();
    }
  }
}
