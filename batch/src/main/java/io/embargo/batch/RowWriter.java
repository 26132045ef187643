package io.embargo.batch;

import java.io.Closeable;
import java.io.IOException;

/** Writes output rows in order. Not thread-safe: the pipeline's writer thread owns it. */
interface RowWriter extends Closeable {
  void write(ResultRow row) throws IOException;

  /**
   * Flushes everything written so far to the file and returns the file's length, for a checkpoint; -1 when
   * the format cannot be resumed.
   */
  long flush() throws IOException;
}
