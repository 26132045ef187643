package io.embargo.batch;

import java.io.IOException;
import java.nio.file.Path;

/** Parquet support, loaded only when a Parquet file is read or written. */
final class OptionalParquet {
  private OptionalParquet() {}

  static RecordSource source(Path file) throws IOException {
    throw new IllegalArgumentException("parquet input is not supported yet: " + file);
  }

  static RowWriter writer(Path file) throws IOException {
    throw new IllegalArgumentException("parquet output is not supported yet: " + file);
  }
}
