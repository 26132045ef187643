package io.embargo.lists;

import java.nio.file.Path;

/** UK Sanctions List as a plain CSV conversion of the FCDO spreadsheet (see {@link UkRows}). */
final class UkCsvImporter {
  private UkCsvImporter() {}

  static void read(Path f, ListCollector out) throws ListImportException {
    Csv.readWithHeader(f, "UK Sanctions List CSV", ',', UkRows.HEADER, out.options(), (r, line) -> {
      UkRows.row(f, "line " + line, r, out);
    });
  }
}
