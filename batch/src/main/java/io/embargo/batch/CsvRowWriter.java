package io.embargo.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Output rows as RFC 4180 CSV with a header row (FastCSV), UTF-8, LF line ends. */
final class CsvRowWriter implements RowWriter {
  private final AppendFile file;
  private final CsvWriter csv;

  CsvRowWriter(Path path, long resumeAt) throws IOException {
    file = new AppendFile(path, resumeAt);
    csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file.stream(), StandardCharsets.UTF_8);
    if (resumeAt < 0) {
      csv.writeRecord(ResultRow.COLUMNS);
    }
  }

  @Override
  public void write(ResultRow row) {
    csv.writeRecord(row.values());
  }

  @Override
  public long flush() throws IOException {
    csv.flush();
    return file.flush();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
