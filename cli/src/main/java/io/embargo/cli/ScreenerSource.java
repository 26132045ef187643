package io.embargo.cli;

import io.embargo.lists.ListImportException;
import io.embargo.match.Screener;
import io.embargo.store.Bootstrap;
import io.embargo.store.Database;
import io.embargo.store.ListStore;
import java.time.LocalDate;

/**
 * The one place the CLI gets a {@link Screener} from. Every command that screens (screen, batch, serve,
 * watch) calls {@link #load}: it opens the store, loads the shared lists into an empty store (saying so on
 * stderr), and builds the screener from the list versions in force on {@code asOf}; every result records
 * those versions.
 */
final class ScreenerSource {
  private ScreenerSource() {}

  /**
   * @param options store options
   * @param asOf screen against the versions in force on this date, or null for the current ones
   * @throws IllegalArgumentException when no list version was in force on {@code asOf}
   */
  static Screener load(GlobalOptions options, LocalDate asOf) throws ListImportException {
    try (Database db = options.openDatabase()) {
      return Bootstrap.loadScreener(new ListStore(db), asOf, line -> System.err.println("embargo: " + line));
    } catch (IllegalStateException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("as-of")) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      throw e;
    }
  }
}
