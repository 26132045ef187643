package io.embargo.server;

import io.embargo.match.Screener;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Where the server gets its {@link Screener}: the current one for each request (so a list update swaps it
 * atomically, without a restart), and one for a past date for {@code ?as_of=}. Thread-safe.
 */
public interface ScreenerProvider {

  /** The screener over the list versions in force now. Called once per request; must be cheap. */
  Screener current();

  /**
   * The screener over the list versions in force on {@code date}.
   *
   * @throws UnsupportedOperationException when this provider keeps no history
   */
  Screener asOf(LocalDate date);

  /** A provider without history over whatever {@code current} returns at the time of each request. */
  static ScreenerProvider of(Supplier<Screener> current) {
    return new ScreenerProvider() {
      @Override
      public Screener current() {
        return current.get();
      }

      @Override
      public Screener asOf(LocalDate date) {
        throw new UnsupportedOperationException("as_of: this server keeps no list history");
      }
    };
  }
}
