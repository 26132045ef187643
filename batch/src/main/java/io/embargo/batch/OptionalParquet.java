package io.embargo.batch;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The gate to Parquet support, which is optional: parquet-hadoop and Hadoop's client API add about 40 MB, so
 * they are not in {@code embargo.jar}. When they are missing from the class path, a Parquet input or output
 * fails with one message saying how to add them, instead of a {@link NoClassDefFoundError}.
 */
final class OptionalParquet {
  static final String HOW = "Parquet support is optional and its libraries are not on the class path;"
      + " see docs/readme/batch.md (run with -cp embargo.jar:parquet-lib/* io.embargo.cli.Main)";

  private OptionalParquet() {}

  static boolean available() {
    try {
      Class.forName("org.apache.parquet.hadoop.ParquetFileReader", false, OptionalParquet.class.getClassLoader());
      Class.forName("org.apache.hadoop.conf.Configuration", false, OptionalParquet.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  static RecordSource source(Path file) throws IOException {
    require(file);
    return new ParquetSource(file);
  }

  static RowWriter writer(Path file) throws IOException {
    require(file);
    return new ParquetRowWriter(file);
  }

  private static void require(Path file) {
    if (!available()) {
      throw new IllegalArgumentException(file + ": " + HOW);
    }
  }
}
