package io.embargo.cli;

import io.embargo.lists.ImportedList;
import io.embargo.lists.ListImportException;
import io.embargo.lists.SharedLists;
import io.embargo.match.Screener;
import java.time.LocalDate;

/**
 * The one place the CLI gets a {@link Screener} from. Every command that screens (screen, batch, serve,
 * watch) calls {@link #load}.
 *
 * <p>TEMPORARY body: builds from the shared evaluation list set. The list-history work replaces it with the
 * list versions in the store that were in force on {@code asOf} (loading the shared lists into an empty
 * store first).
 */
final class ScreenerSource {
  private ScreenerSource() {}

  /**
   * @param options store options
   * @param asOf screen against the versions in force on this date, or null for the current ones
   */
  static Screener load(GlobalOptions options, LocalDate asOf) throws ListImportException {
    Screener.Builder b = Screener.builder();
    for (ImportedList l : SharedLists.evalSet()) {
      b.add(l.entries());
    }
    return b.build();
  }
}
