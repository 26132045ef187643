package io.embargo.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A resumable RFC 4180 CSV file (FastCSV): UTF-8, LF line ends, a header row when started fresh, null written
 * as an empty field. Not thread-safe.
 */
final class CsvLines {
  private final AppendFile file;
  private final CsvWriter csv;

  /** @param resumeAt -1 to start fresh (writing the header), else the checkpointed length to continue after */
  CsvLines(Path path, long resumeAt, List<String> header) throws IOException {
    file = new AppendFile(path, resumeAt);
    csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file.stream(), StandardCharsets.UTF_8);
    if (resumeAt < 0) {
      csv.writeRecord(header);
    }
  }

  void write(String... values) {
    csv.writeRecord(values);
  }

  /** Flushes to the file and returns its length. */
  long flush() throws IOException {
    csv.flush();
    return file.flush();
  }

  void close() throws IOException {
    csv.close();
  }
}
