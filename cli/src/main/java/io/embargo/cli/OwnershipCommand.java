package io.embargo.cli;

import io.embargo.decisions.ownership.OwnershipFormat;
import io.embargo.decisions.ownership.OwnershipImport;
import io.embargo.decisions.ownership.OwnershipLink;
import io.embargo.store.Database;
import io.embargo.store.ownership.OwnershipLinks;
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

/** {@code embargo ownership import|list}: the ownership links the 50 percent rules use. */
@Command(name = "ownership", mixinStandardHelpOptions = true,
    description = "Ownership links (owner, owned, percent) used by the OFAC 50%% and BIS Affiliates rules.",
    subcommands = {OwnershipCommand.Import.class, OwnershipCommand.ListLinks.class})
final class OwnershipCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code embargo ownership import FILE}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Import ownership links from CSV (owner,owned,percent[,source][,as_of]) or OpenSanctions "
          + "FollowTheMoney JSON lines (Ownership entities). Replaces the links of the same source.")
  static final class Import implements Runnable {
    @Spec CommandSpec spec;
    @Mixin GlobalOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--format", paramLabel = "csv|ftm",
        description = "File format (default: ftm for .json/.jsonl/.ftm files, else csv).")
    String format;

    @Option(names = "--source", paramLabel = "NAME",
        description = "Source recorded on links whose record names none (default: the file name).")
    String source;

    @Override
    public void run() {
      OwnershipFormat f = format != null ? OwnershipFormat.parse(format) : byExtension(file);
      List<OwnershipLink> links = OwnershipImport.read(file, f, source != null ? source
          : String.valueOf(file.getFileName()));
      try (Database db = options.openDatabase()) {
        int n = new OwnershipLinks(db).replace(links);
        long unknown = links.stream().filter(l -> l.percent() == null).count();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "imported %d ownership links from %s (%s; %d of unknown share; sources: %s)%n", n,
            file, f.name().toLowerCase(Locale.ROOT), unknown,
            String.join(", ", links.stream().map(OwnershipLink::source).distinct().toList()));
        out.flush();
      }
    }

    private static OwnershipFormat byExtension(Path p) {
      String n = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
      return n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ftm") ? OwnershipFormat.FTM
          : OwnershipFormat.CSV;
    }
  }

  /** {@code embargo ownership list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the stored ownership links.")
  static final class ListLinks implements Runnable {
    @Spec CommandSpec spec;
    @Mixin GlobalOptions options;

    @Option(names = "--owned", paramLabel = "NAME", description = "Only the direct owners of this party.")
    String owned;

    @Override
    public void run() {
      try (Database db = options.openDatabase()) {
        OwnershipLinks store = new OwnershipLinks(db);
        List<OwnershipLink> links = owned == null ? store.all() : store.graph().ownersOf(owned);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-40s %-40s %9s  %-10s %s%n", "OWNER", "OWNED", "PERCENT", "AS OF", "SOURCE");
        for (OwnershipLink l : links) {
          out.printf(Locale.ROOT, "%-40s %-40s %9s  %-10s %s%n", l.owner(), l.owned(), l.percentText(),
              l.asOf() == null ? "-" : l.asOf(), l.source());
        }
        out.printf(Locale.ROOT, "%d links%n", links.size());
        out.flush();
      }
    }
  }
}
