package io.embargo.store;

import io.embargo.lists.ImportedList;
import io.embargo.lists.ListImportException;
import io.embargo.lists.SharedLists;
import io.embargo.match.Screener;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gets a screener from the store for the CLI and the server: a store with no list versions at all is first
 * loaded with every list of the shared folder ({@link SharedLists#all()}), so a fresh installation screens
 * out of the box.
 *
 * <p>Stateless; thread-safe as the store is.
 */
public final class Bootstrap {
  private Bootstrap() {}

  /**
   * Imports the shared lists when the store holds no version yet.
   *
   * @param log receives one line per list loaded (which list, how many entries, from where)
   * @return what was imported; empty when the store already had versions
   * @throws ListImportException when a shared file cannot be read (nothing is imported then)
   */
  public static List<ImportResult> ensureLoaded(ListStore store, Consumer<String> log) throws ListImportException {
    if (!store.isEmpty()) {
      return List.of();
    }
    List<ImportedList> lists = SharedLists.all();
    List<ImportResult> out = new ArrayList<>();
    for (ImportedList l : lists) {
      ImportResult r = store.importList(l, Actor.SYSTEM);
      out.add(r);
      log.accept("loaded " + r.version().label() + " (" + l.entries().size() + " entries) from " + l.files());
    }
    return out;
  }

  /**
   * The screener over the versions in force on {@code asOf} (null: the current ones), loading the shared
   * lists first into an empty store.
   *
   * @throws IllegalStateException when no version was in force on {@code asOf}
   */
  public static Screener loadScreener(ListStore store, LocalDate asOf, Consumer<String> log)
      throws ListImportException {
    ensureLoaded(store, log);
    List<io.embargo.model.ListVersionRef> versions = store.activeVersions(asOf);
    if (versions.isEmpty()) {
      throw new IllegalStateException("as-of " + asOf + ": no list version was in force on that date");
    }
    return store.screenerOf(versions);
  }
}
