package io.embargo.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Input file formats. */
public enum InputFormat {
  CSV, JSONL, XLSX, PARQUET;

  /**
   * The format a file name suggests: {@code .jsonl/.ndjson/.json}, {@code .xlsx}, {@code .parquet}, otherwise
   * CSV (also for {@code .tsv/.txt}).
   */
  public static InputFormat fromFileName(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return JSONL;
    }
    if (n.endsWith(".xlsx")) {
      return XLSX;
    }
    if (n.endsWith(".parquet")) {
      return PARQUET;
    }
    return CSV;
  }

  /**
   * Parses {@code csv}, {@code jsonl}, {@code xlsx} or {@code parquet}.
   *
   * @throws IllegalArgumentException naming {@code --input-format}
   */
  public static InputFormat parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--input-format: unknown format '" + s + "' (csv, jsonl, xlsx, parquet)", e);
    }
  }

  RecordSource open(Path file, Character delimiter, java.util.Collection<String> mapped) throws IOException {
    switch (this) {
      case JSONL:
        return new JsonlSource(file, mapped);
      case XLSX:
        return new XlsxSource(file);
      case PARQUET:
        return OptionalParquet.source(file);
      default:
        return new CsvSource(file, delimiter);
    }
  }
}
