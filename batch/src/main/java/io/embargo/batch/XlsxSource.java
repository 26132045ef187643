package io.embargo.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Excel {@code .xlsx}, first sheet, first row the header (fastexcel-reader, a streaming StAX reader: rows are
 * parsed one at a time; only the workbook's shared-strings table is held in memory). Cells are read as their
 * text; numbers as written in the file. Blank rows are skipped.
 */
final class XlsxSource implements RecordSource {
  private final ReadableWorkbook workbook;
  private final Stream<Row> rows;
  private final Iterator<Row> it;
  private final List<String> header;
  private long number;

  XlsxSource(Path file) throws IOException {
    try {
      workbook = new ReadableWorkbook(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(file + ": not a readable .xlsx workbook: " + e.getMessage(), e);
    }
    rows = workbook.getFirstSheet().openStream();
    it = rows.iterator();
    Row first = nextNonBlank();
    if (first == null) {
      close();
      throw new IllegalArgumentException(file + ": the first sheet is empty (a header row is required)");
    }
    header = List.copyOf(texts(first, first.getCellCount()));
  }

  private Row nextNonBlank() {
    while (it.hasNext()) {
      Row r = it.next();
      if (r.getFirstNonEmptyCell().isPresent()) {
        return r;
      }
    }
    return null;
  }

  private static List<String> texts(Row r, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String t = i < r.getCellCount() && r.hasCell(i) && r.getCell(i) != null ? r.getCellText(i) : null;
      out.add(t == null || t.isEmpty() ? null : t);
    }
    return out;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRecord next() {
    Row r = nextNonBlank();
    if (r == null) {
      return null;
    }
    number++;
    return new SourceRecord(number, r.getRowNum(), texts(r, header.size()).toArray(new String[0]), null);
  }

  @Override
  public void close() throws IOException {
    rows.close();
    workbook.close();
  }
}
