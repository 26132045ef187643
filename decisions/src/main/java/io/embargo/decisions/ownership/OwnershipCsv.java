package io.embargo.decisions.ownership;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code owner,owned,percent[,source][,as_of]} CSV (UTF-8, header required, RFC 4180). */
final class OwnershipCsv {
  private OwnershipCsv() {}

  static List<OwnershipLink> read(Path file, String defaultSource) {
    List<OwnershipLink> out = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
      boolean headerChecked = false;
      for (NamedCsvRecord rec : r) {
        if (!headerChecked) {
          for (String col : List.of("owner", "owned", "percent")) {
            if (!rec.getHeader().contains(col)) {
              throw new IllegalArgumentException(file + ":1: header: column '" + col
                  + "' missing (expected owner,owned,percent[,source][,as_of])");
            }
          }
          headerChecked = true;
        }
        long line = rec.getStartingLineNumber();
        try {
          String source = rec.findField("source").filter(s -> !s.isBlank()).orElse(defaultSource);
          out.add(new OwnershipLink(rec.getField("owner"), rec.getField("owned"),
              Percentages.parse(rec.getField("percent")), source, date(rec.findField("as_of").orElse(null))));
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
          throw new IllegalArgumentException(file + ":" + line + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getCause().getMessage(), e);
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      throw new IllegalArgumentException(file + ": malformed CSV: " + e.getMessage(), e);
    }
    return out;
  }

  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("as_of: not an ISO date (YYYY-MM-DD): '" + s + "'", e);
    }
  }
}
