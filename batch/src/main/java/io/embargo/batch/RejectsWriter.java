package io.embargo.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The rejects file: CSV with {@code line,record_id,reason}. Resumable like the CSV output. */
final class RejectsWriter {
  private final AppendFile file;
  private final CsvWriter csv;

  RejectsWriter(Path path, long resumeAt) throws IOException {
    file = new AppendFile(path, resumeAt);
    csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file.stream(), StandardCharsets.UTF_8);
    if (resumeAt < 0) {
      csv.writeRecord("line", "record_id", "reason");
    }
  }

  void write(Reject r) {
    csv.writeRecord(Long.toString(r.line()), r.recordId(), r.reason());
  }

  long flush() throws IOException {
    csv.flush();
    return file.flush();
  }

  void close() throws IOException {
    csv.close();
  }
}
