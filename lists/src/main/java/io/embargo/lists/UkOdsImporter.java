package io.embargo.lists;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * UK Sanctions List as the FCDO publishes it, an OpenDocument spreadsheet with one sheet of designations
 * (see {@link UkRows} for the columns), read with the SODS library. SODS builds the whole sheet in memory,
 * which for this file (5,302 rows of 8 short cells) is a few megabytes; the file carries no publication
 * date (its {@code meta.xml} date is the template's), so none is set.
 */
final class UkOdsImporter {
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private UkOdsImporter() {}

  static void read(Path f, ListCollector out) throws ListImportException {
    SpreadSheet doc;
    try (InputStream in = Files.newInputStream(f)) {
      doc = new SpreadSheet(in);
    } catch (IOException | RuntimeException e) {
      throw new ListImportException(f, null, null, "not a readable OpenDocument spreadsheet ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + "): truncated or not an ODS file?", e);
    }
    if (doc.getNumSheets() == 0) {
      throw new ListImportException(f, null, null, "the spreadsheet has no sheet");
    }
    Sheet sheet = doc.getSheet(0);
    int rows = sheet.getMaxRows();
    int cols = Math.min(sheet.getMaxColumns(), UkRows.HEADER.length);
    if (rows == 0 || cols < UkRows.HEADER.length) {
      throw new ListImportException(f, "sheet " + sheet.getName(), null, "expected " + UkRows.HEADER.length
          + " columns of designations, found " + cols);
    }
    Object[][] values = sheet.getRange(0, 0, rows, cols).getValues();
    UkRows.checkHeader(f, strings(values[0]));
    for (int r = 1; r < values.length; r++) {
      String[] row = strings(values[r]);
      if (isEmpty(row)) {
        continue;
      }
      UkRows.row(f, "sheet " + sheet.getName() + " row " + (r + 1), row, out);
    }
  }

  private static String[] strings(Object[] cells) {
    String[] out = new String[UkRows.HEADER.length];
    for (int i = 0; i < out.length; i++) {
      Object v = i < cells.length ? cells[i] : null;
      out[i] = text(v);
    }
    return out;
  }

  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof LocalDate) {
      return ((LocalDate) v).format(DMY);
    }
    if (v instanceof LocalDateTime) {
      return ((LocalDateTime) v).toLocalDate().format(DMY);
    }
    if (v instanceof Double && ((Double) v) == Math.rint((Double) v) && !((Double) v).isInfinite()) {
      return Long.toString(((Double) v).longValue());
    }
    return v.toString();
  }

  private static boolean isEmpty(String[] row) {
    for (String s : row) {
      if (!s.isBlank()) {
        return false;
      }
    }
    return true;
  }

}
