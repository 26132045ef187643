package io.embargo.lists;

import java.nio.file.Path;

/** UK Sanctions List as a plain CSV conversion of the FCDO spreadsheet (see {@link UkRows}). */
final class UkCsvImporter {
  private UkCsvImporter() {}

  static void read(Path f, ListCollector out) throws ListImportException {
    boolean[] header = {false};
    Csv.read(f, ',', UkRows.HEADER.length, UkRows.HEADER, out.options(), (r, line) -> {
      if (!header[0]) {
        header[0] = true;
        UkRows.checkHeader(f, r);
        return;
      }
      UkRows.row(f, "line " + line, r, out);
    });
  }
}
