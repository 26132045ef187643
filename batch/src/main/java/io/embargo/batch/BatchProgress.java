package io.embargo.batch;

import java.time.Duration;

/**
 * A progress snapshot, handed to a {@link Listener} from the writer thread.
 *
 * @param done input records done (screened or rejected), including those done before a resume
 * @param total estimated number of input records, or -1 when unknown
 * @param ratePerSecond records per second in this run so far
 * @param hits hit rows written
 * @param rejects records rejected
 * @param elapsed time since this run started
 */
public record BatchProgress(long done, long total, double ratePerSecond, long hits, long rejects,
    Duration elapsed) {

  /**
   * Receives progress at most every {@value BatchScreening#PROGRESS_INTERVAL_MS} ms and once at the end. Called
   * on the pipeline's writer thread: keep it quick; an exception it throws fails the run.
   */
  @FunctionalInterface
  public interface Listener {
    void onProgress(BatchProgress progress);

    /** A listener that ignores progress. */
    Listener NONE = p -> { };
  }
}
