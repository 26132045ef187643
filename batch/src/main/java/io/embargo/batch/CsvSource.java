package io.embargo.batch;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * CSV with a header row (FastCSV): any single-character delimiter (given, or detected from the header line
 * among {@code , ; TAB |}), RFC 4180 quotes, UTF-8 with or without BOM. A row whose field count differs from
 * the header's is returned as an error, not dropped.
 */
final class CsvSource implements RecordSource {
  private static final char[] CANDIDATES = {',', ';', '\t', '|'};
  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> it;
  private final List<String> header;
  private final long estimate;
  private long number;

  CsvSource(Path file, Character delimiter) throws IOException {
    char sep = delimiter != null ? delimiter : detect(file);
    reader = CsvReader.builder().fieldSeparator(sep).detectBomHeader(true).allowExtraFields(true)
        .allowMissingFields(true).skipEmptyLines(true).ofCsvRecord(file, StandardCharsets.UTF_8);
    it = reader.iterator();
    if (!it.hasNext()) {
      throw new IllegalArgumentException(file + ": empty file (a header row is required)");
    }
    header = it.next().getFields();
    estimate = Math.max(0, LineCount.of(file) - 1);
  }

  /** The candidate delimiter occurring most often in the first line. */
  static char detect(Path file) throws IOException {
    String first;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      first = r.readLine();
    } catch (java.nio.charset.MalformedInputException e) {
      throw new IllegalArgumentException(file + ": line 1 is not valid UTF-8", e);
    }
    char best = ',';
    long bestCount = 0;
    for (char c : CANDIDATES) {
      long n = first == null ? 0 : first.chars().filter(ch -> ch == c).count();
      if (n > bestCount) {
        best = c;
        bestCount = n;
      }
    }
    return best;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRecord next() {
    CsvRecord r;
    try {
      if (!it.hasNext()) {
        return null;
      }
      r = it.next();
    } catch (CsvParseException e) {
      // FastCSV cannot resynchronise after a parse error (e.g. an unclosed quote runs to the end of file).
      number++;
      throw new IllegalArgumentException("record " + number + ": unparseable CSV: " + e.getMessage(), e);
    } catch (java.io.UncheckedIOException e) {
      throw new IllegalArgumentException("record " + (number + 1) + ": " + e.getMessage(), e);
    }
    number++;
    if (r.getFieldCount() != header.size()) {
      return SourceRecord.bad(number, r.getStartingLineNumber(), "expected " + header.size()
          + " fields as in the header but found " + r.getFieldCount());
    }
    return new SourceRecord(number, r.getStartingLineNumber(), r.getFields().toArray(new String[0]), null);
  }

  @Override
  public long estimatedTotal() {
    return estimate;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
