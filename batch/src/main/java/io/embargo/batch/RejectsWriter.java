package io.embargo.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The rejects file: CSV with {@code line,record_id,reason}. Resumable like the CSV output. */
final class RejectsWriter {
  private final CsvLines csv;

  RejectsWriter(Path path, long resumeAt) throws IOException {
    csv = new CsvLines(path, resumeAt, List.of("line", "record_id", "reason"));
  }

  void write(Reject r) {
    csv.write(Long.toString(r.line()), r.recordId(), r.reason());
  }

  long flush() throws IOException {
    return csv.flush();
  }

  void close() throws IOException {
    csv.close();
  }
}
