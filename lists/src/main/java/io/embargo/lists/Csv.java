package io.embargo.lists;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV/TSV file record by record with FastCSV and turns every parser failure into a
 * {@link ListImportException} that names the file and line. The file was already checked by
 * {@link FileCheck} (exists, non-empty, UTF-8).
 *
 * <p>A record with fewer fields than {@code width} is an error ("truncated or malformed"), except the very
 * last record when {@link ImportOptions#acceptTruncatedLastRecord()} is set: it is then padded with empty
 * fields and reported through {@link Handler#truncated}.
 */
final class Csv {
  private static final Pattern RECORD_LINE = Pattern.compile("starting at line (\\d+)");

  /** Receives records. */
  interface Handler {
    /** One record, padded to the expected width; {@code line} is its first line. */
    void record(String[] fields, long line) throws ListImportException;

    /** The last record was cut short and is passed on padded; default: nothing more to do. */
    default void truncated(long line, int fieldsPresent) {}
  }

  private Csv() {}

  /**
   * Streams a file whose first line is a header: the header must equal {@code header} (trimmed), and is not
   * passed to the handler.
   *
   * @param what the format's name for messages, e.g. {@code CSL CSV}
   */
  static void readWithHeader(Path file, String what, char separator, String[] header, ImportOptions options,
      Handler handler) throws ListImportException {
    boolean[] seen = {false};
    read(file, separator, header.length, header, options, new Handler() {
      @Override
      public void record(String[] r, long line) throws ListImportException {
        if (seen[0]) {
          handler.record(r, line);
          return;
        }
        seen[0] = true;
        checkHeader(file, what, header, r, line);
      }

      @Override
      public void truncated(long line, int fieldsPresent) {
        handler.truncated(line, fieldsPresent);
      }
    }, true);
  }

  private static void checkHeader(Path file, String what, String[] header, String[] r, long line)
      throws ListImportException {
    for (int i = 0; i < header.length; i++) {
      String v = i < r.length && r[i] != null ? r[i].strip() : "";
      if (!header[i].equals(v)) {
        throw new ListImportException(file, "line " + line, header[i], "not a " + what + " header: column "
            + (i + 1) + " is '" + OfacCsvImporter.abbreviate(v) + "', expected '" + header[i] + "'");
      }
    }
  }

  /**
   * Streams a file without a header.
   *
   * @param separator field separator
   * @param width the number of fields every record must have
   * @param header names of the fields, for messages (may be longer than needed)
   */
  static void read(Path file, char separator, int width, String[] header, ImportOptions options,
      Handler handler) throws ListImportException {
    read(file, separator, width, header, options, handler, false);
  }

  private static void read(Path file, char separator, int width, String[] header, ImportOptions options,
      Handler handler, boolean firstIsHeader) throws ListImportException {
    CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true)
        .allowMissingFields(true).allowExtraFields(true)
        .allowUnclosedQuote(options.acceptTruncatedLastRecord())
        .ofCsvRecord(reader(file));
    long lastLine = 0;
    try (csv) {
      Iterator<CsvRecord> it = csv.iterator();
      while (it.hasNext()) {
        CsvRecord r = it.next();
        lastLine = r.getStartingLineNumber();
        if (r.getFieldCount() == 1 && r.getField(0).equals("\u001a")) {
          continue; // DOS end-of-file marker, as OFAC's files end
        }
        int n = r.getFieldCount();
        if (firstIsHeader && lastLine == 1) {
          String[] h = r.getFields().toArray(new String[Math.max(n, width)]);
          handler.record(h, lastLine);
          continue;
        }
        if (n > width) {
          throw new ListImportException(file, "line " + lastLine, null, "record has " + n
              + " fields, expected " + width + ": wrong format?");
        }
        String[] fields = r.getFields().toArray(new String[width]);
        if (n < width) {
          if (options.acceptTruncatedLastRecord() && !it.hasNext()) {
            handler.truncated(lastLine, n);
          } else {
            throw new ListImportException(file, "line " + lastLine, field(header, n), "record has " + n
                + " of " + width + " fields: truncated or malformed");
          }
        }
        for (int i = n; i < width; i++) {
          fields[i] = "";
        }
        handler.record(fields, lastLine);
      }
    } catch (CsvParseException e) {
      Matcher m = RECORD_LINE.matcher(String.valueOf(e.getMessage()));
      String where = m.find() ? "line " + m.group(1) : "after line " + lastLine;
      throw new ListImportException(file, where, null, describe(e), e);
    } catch (UncheckedIOException | IOException e) {
      throw new ListImportException(file, "after line " + lastLine, null, "cannot read: " + e.getMessage(), e);
    }
  }

  private static String describe(CsvParseException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (e.getCause() != null && e.getCause().getMessage() != null) {
      m = m + ": " + e.getCause().getMessage();
    }
    if (m.toLowerCase(java.util.Locale.ROOT).contains("unclosed quote")) {
      return "a quoted field is not closed at the end of the file: the file is truncated";
    }
    return "malformed CSV: " + m;
  }

  static String field(String[] header, int index) {
    return header != null && index < header.length ? header[index] : "#" + (index + 1);
  }

  /** A UTF-8 reader past a leading byte-order mark, which spreadsheet exports often write. */
  private static Reader reader(Path file) throws ListImportException {
    try {
      java.io.BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      r.mark(1);
      if (r.read() != '\ufeff') {
        r.reset();
      }
      return r;
    } catch (IOException e) {
      throw new ListImportException(file, null, null, "cannot read: " + e.getMessage(), e);
    }
  }
}
