package io.embargo.cli;

import io.embargo.model.ListId;
import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.ImportResult;
import io.embargo.store.ListSources;
import io.embargo.store.ListStore;
import io.embargo.store.ListUpdater;
import io.embargo.store.StoreConfig;
import io.embargo.store.watch.Monitor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code embargo lists update}: downloads the official files, verifies and imports them, re-screens the
 * watch list. Sources: the built-in agency URLs, overridden by {@code HOME/list-sources.properties}, by
 * {@code --sources FILE}, then by {@code --url LIST=URL[,URL…]}.
 */
@Command(name = "update", mixinStandardHelpOptions = true,
    description = "Download the official list files, verify them (non-empty, parse, SHA-256), import new versions, re-screen the watch list.")
final class ListsUpdateCommand implements Runnable {
  static final String SOURCES_FILE = "list-sources.properties";

  @Spec CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(names = "--sources", paramLabel = "FILE", description = "Properties file of list sources (LIST.urls, LIST.format, LIST.sha256.FILE).")
  Path sourcesFile;

  @Option(names = "--url", paramLabel = "LIST=URL[,URL...]", description = "Override one list's URLs, e.g. --url bis-dpl=https://example.org/dpl.txt")
  Map<String, String> urls;

  @Option(names = "--list", paramLabel = "LIST", description = "Only update these lists (repeatable; default: every configured list).")
  List<String> only;

  @Option(names = "--timeout", defaultValue = "120", description = "Network timeout in seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public void run() {
    if (timeoutSeconds < 1) {
      throw new IllegalArgumentException("--timeout: must be at least 1 second, was " + timeoutSeconds);
    }
    Path home = global.home != null ? global.home : StoreConfig.defaultHome();
    ListSources sources = sources(home);
    Set<ListId> lists = EnumSet.noneOf(ListId.class);
    if (only != null) {
      only.forEach(l -> lists.add(ListId.fromCode(l)));
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = global.openDatabase()) {
      ListStore store = ListStore.fromEnvironment(db);
      List<ImportResult> results = new ListUpdater(store, home.resolve("downloads"), Duration.ofSeconds(timeoutSeconds))
          .update(sources, lists, Actor.SYSTEM, line -> out.println("downloaded " + line));
      for (ImportResult r : results) {
        out.printf(Locale.ROOT, r.created() ? "%s: version %d, %d entries, sha256 %s%n"
            : "%s: unchanged, still version %d (%d entries, sha256 %s)%n", r.version().list().code(),
            r.version().version(), r.version().entries(), r.version().sha256());
      }
      out.flush();
      new MonitorRun(out).run(new Monitor(store, Monitor.defaultSink(db)));
    }
  }

  private ListSources sources(Path home) {
    ListSources s = ListSources.defaults();
    Path homeFile = home.resolve(SOURCES_FILE);
    if (Files.isRegularFile(homeFile)) {
      s = s.merge(ListSources.load(homeFile));
    }
    if (sourcesFile != null) {
      s = s.merge(ListSources.load(sourcesFile));
    }
    if (urls != null && !urls.isEmpty()) {
      Properties p = new Properties();
      urls.forEach((list, u) -> p.setProperty(list + ".urls", u));
      s = s.merge(ListSources.of(p, "--url"));
    }
    return s;
  }
}
