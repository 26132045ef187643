package io.embargo.cli;

import io.embargo.lists.ImportedList;
import io.embargo.lists.ListFormat;
import io.embargo.lists.ListImportException;
import io.embargo.lists.ListImporters;
import io.embargo.model.ListId;
import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.ImportResult;
import io.embargo.store.ListStore;
import io.embargo.store.watch.Monitor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code embargo lists import FILE…}: reads the files, stores each list as a new version (or reports it
 * unchanged), then re-screens the watch list against what changed. A file that cannot be read fails the
 * whole command before anything is stored, so the previous versions stay active.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import list files as new versions (identical content makes no new version), then re-screen the watch list.")
final class ListsImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin GlobalOptions global;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "List files (an OFAC CSV set counts as one list).")
  List<Path> files;

  @Option(names = "--list", description = "Force the list, e.g. bis-el (default: detected).")
  String list;

  @Option(names = "--format", description = "Force the format: ${COMPLETION-CANDIDATES} (default: detected).")
  ListFormat format;

  @Option(names = "--published", description = "Publication date of the list (YYYY-MM-DD) when the file has none: "
      + "the version counts as in force from that date (for --as-of).")
  LocalDate published;

  @Option(names = "--no-rescreen", description = "Do not re-screen the watch list afterwards.")
  boolean noRescreen;

  @Override
  public Integer call() throws ListImportException {
    ListId forced = list == null ? null : ListId.fromCode(list);
    List<ImportedList> lists;
    try {
      lists = ListImporters.read(files, forced, format);
    } catch (ListImportException e) {
      throw new IllegalArgumentException(e.getMessage() + " (nothing imported; previous versions stay active)", e);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = global.openDatabase()) {
      ListStore store = ListStore.fromEnvironment(db);
      for (ImportedList l : lists) {
        ImportedList dated = published == null ? l
            : new ImportedList(l.list(), l.format(), l.files(), l.sha256(), published, l.entries());
        ImportResult r = store.importList(dated, Actor.SYSTEM);
        if (r.created()) {
          out.printf(Locale.ROOT, "%s: version %d, %d entries, sha256 %s%n", l.list().code(), r.version().version(),
              r.version().entries(), r.version().sha256());
        } else {
          out.printf(Locale.ROOT, "%s: unchanged, still version %d (sha256 %s)%n", l.list().code(),
              r.version().version(), r.version().sha256());
        }
      }
      out.flush();
      if (!noRescreen) {
        new MonitorRun(out).run(new Monitor(store, Monitor.defaultSink(db)));
      }
    }
    return 0;
  }
}
