package io.embargo.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Output file formats. CSV and JSON Lines can be resumed; Parquet is written whole and cannot. */
public enum OutputFormat {
  CSV, JSONL, PARQUET;

  /** The format a file name suggests ({@code .jsonl/.ndjson}, {@code .parquet}, otherwise CSV). */
  public static OutputFormat fromFileName(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return JSONL;
    }
    return n.endsWith(".parquet") ? PARQUET : CSV;
  }

  /**
   * Parses {@code csv}, {@code jsonl} or {@code parquet}.
   *
   * @throws IllegalArgumentException naming {@code --format}
   */
  public static OutputFormat parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format: unknown format '" + s + "' (csv, jsonl, parquet)", e);
    }
  }

  /** Whether a run writing this format can be resumed (the file can be truncated to a checkpoint). */
  public boolean resumable() {
    return this != PARQUET;
  }

  RowWriter open(Path file, long resumeAt) throws IOException {
    switch (this) {
      case JSONL:
        return new JsonlRowWriter(file, resumeAt);
      case PARQUET:
        return OptionalParquet.writer(file);
      default:
        return new CsvRowWriter(file, resumeAt);
    }
  }
}
