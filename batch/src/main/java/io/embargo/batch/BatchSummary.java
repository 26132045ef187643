package io.embargo.batch;

import java.time.Duration;
import java.util.Locale;

/**
 * What a completed run did.
 *
 * @param records input records done in total (screened or rejected), including before a resume
 * @param resumedAfter records skipped because a previous run had done them (0 without resume)
 * @param hits hit rows written in total
 * @param rejects records rejected in total
 * @param elapsed time of this run (reading, screening and writing)
 */
public record BatchSummary(long records, long resumedAfter, long hits, long rejects, Duration elapsed) {

  /** Records per second in this run. */
  public double ratePerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : (records - resumedAfter) / s;
  }

  /** One line, e.g. {@code 1000000 records, 1234 hits, 5 rejects in 21.3 s (46948 records/s)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d records%s, %d hits, %d rejects in %.1f s (%.0f records/s)", records,
        resumedAfter > 0 ? " (" + resumedAfter + " done before resume)" : "", hits, rejects,
        elapsed.toNanos() / 1e9, ratePerSecond());
  }
}
