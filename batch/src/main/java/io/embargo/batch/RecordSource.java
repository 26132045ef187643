package io.embargo.batch;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A streaming reader of input records. Not thread-safe: one reader thread pulls from it. Memory is bounded
 * by one record (plus the library's buffers), whatever the file size.
 */
interface RecordSource extends Closeable {
  /** Column names, in order. */
  List<String> header();

  /** The next record, or null at the end. A record that cannot be parsed comes back with an error. */
  SourceRecord next() throws IOException;

  /** Number of data records if cheaply known (Parquet metadata, a line count), else -1. */
  default long estimatedTotal() {
    return -1;
  }
}
