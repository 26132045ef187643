package io.embargo.store.watch;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.PartyType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The watch-list CSV: header row with {@code id} and {@code name} required, {@code type, country, dob,
 * identifiers, address} optional. {@code identifiers} is {@code TYPE:NUMBER[:COUNTRY]} items separated by
 * {@code ;}.
 */
final class WatchCsv {
  private static final Set<String> KNOWN = Set.of("id", "name", "type", "country", "dob", "identifiers", "address");

  private WatchCsv() {}

  static List<WatchedParty> read(Path csv) {
    if (!Files.isRegularFile(csv)) {
      throw new IllegalArgumentException(csv + ": no such file");
    }
    List<WatchedParty> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(csv)) {
      boolean headerChecked = false;
      for (NamedCsvRecord rec : r) {
        long line = rec.getStartingLineNumber();
        if (!headerChecked) {
          checkHeader(csv, rec.getHeader());
          headerChecked = true;
        }
        String id = field(rec, "id");
        if (id == null) {
          throw bad(csv, line, "id", "missing");
        }
        if (!seen.add(id)) {
          throw bad(csv, line, "id", "duplicate id '" + id + "'");
        }
        String field = "name";
        try {
          String name = field(rec, "name");
          field = "type";
          PartyType type = PartyType.parse(field(rec, "type"));
          field = "dob";
          String dob = field(rec, "dob");
          DateOfBirth d = dob == null ? null : DateOfBirth.parse(dob);
          field = "identifiers";
          List<Identifier> ids = parseIds(field(rec, "identifiers"));
          field = "country";
          out.add(new WatchedParty(id, name, type, field(rec, "country"), d, ids, field(rec, "address")));
        } catch (IllegalArgumentException | NullPointerException e) {
          throw bad(csv, line, fieldOf(e.getMessage(), field), e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(csv + ": " + e.getMessage(), e);
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      throw new IllegalArgumentException(csv + ": malformed CSV: " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(csv + ": no parties (an empty watch list file is an error)");
    }
    return out;
  }

  private static void checkHeader(Path csv, List<String> header) {
    Set<String> cols = new HashSet<>();
    for (String h : header) {
      String c = h.trim().toLowerCase(Locale.ROOT);
      if (!KNOWN.contains(c)) {
        throw new IllegalArgumentException(csv + " line 1, field " + h + ": unknown column (known: id, name, type,"
            + " country, dob, identifiers, address)");
      }
      cols.add(c);
    }
    for (String req : List.of("id", "name")) {
      if (!cols.contains(req)) {
        throw new IllegalArgumentException(csv + " line 1, field " + req + ": required column missing");
      }
    }
  }

  private static String field(NamedCsvRecord rec, String name) {
    for (String h : rec.getHeader()) {
      if (h.trim().equalsIgnoreCase(name)) {
        String v = rec.getField(h).trim();
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }

  /** Query and WatchedParty prefix their messages with the field ({@code country: …}); prefer that. */
  private static String fieldOf(String message, String current) {
    int colon = message == null ? -1 : message.indexOf(':');
    String prefix = colon > 0 ? message.substring(0, colon) : "";
    return KNOWN.contains(prefix) ? prefix : current;
  }

  private static IllegalArgumentException bad(Path csv, long line, String field, String problem) {
    String p = problem == null ? "invalid" : problem.replaceFirst("^" + field + ": ", "");
    return new IllegalArgumentException(csv + " line " + line + ", field " + field + ": " + p);
  }

  static List<Identifier> parseIds(String s) {
    List<Identifier> out = new ArrayList<>();
    if (s == null || s.isBlank()) {
      return out;
    }
    for (String item : s.split(";")) {
      if (!item.isBlank()) {
        out.add(parseId(item.trim()));
      }
    }
    return out;
  }

  static Identifier parseId(String item) {
    String[] p = item.split(":", -1);
    if (p.length == 1) {
      return new Identifier(null, p[0].trim(), null);
    }
    if (p.length > 3 || p[1].isBlank()) {
      throw new IllegalArgumentException("malformed identifier '" + item + "' (use TYPE:NUMBER or TYPE:NUMBER:COUNTRY)");
    }
    String type = p[0].trim().isEmpty() ? null : p[0].trim();
    String country = p.length == 3 && !p[2].isBlank() ? p[2].trim().toUpperCase(Locale.ROOT) : null;
    return new Identifier(type, p[1].trim(), country);
  }

  static String formatIds(List<Identifier> ids) {
    if (ids.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (Identifier i : ids) {
      sb.append(sb.length() == 0 ? "" : ";").append(i.type() == null ? "" : i.type()).append(':').append(i.number());
      if (i.country() != null) {
        sb.append(':').append(i.country());
      }
    }
    return sb.toString();
  }
}
