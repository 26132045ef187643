package io.embargo.batch;

import java.io.IOException;
import java.nio.file.Path;

/** Output rows as CSV with a header row ({@link ResultRow#COLUMNS}). */
final class CsvRowWriter implements RowWriter {
  private final CsvLines csv;

  CsvRowWriter(Path path, long resumeAt) throws IOException {
    csv = new CsvLines(path, resumeAt, ResultRow.COLUMNS);
  }

  @Override
  public void write(ResultRow row) {
    csv.write(row.values());
  }

  @Override
  public long flush() throws IOException {
    return csv.flush();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
