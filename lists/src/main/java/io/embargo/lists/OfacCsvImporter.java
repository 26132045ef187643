package io.embargo.lists;

import io.embargo.model.Address;
import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import io.embargo.model.PartyType;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OFAC legacy CSV set: primary records (sdn.csv / cons_prim.csv), aliases (alt.csv / cons_alt.csv),
 * addresses (add.csv / cons_add.csv) and remarks overflow (sdn_comments.csv / cons_comments.csv). No
 * header; {@code -0-} is null. Each file's role is recognised from its column count, so the files may
 * come from different folders (e.g. the 2024-05 sdn.csv with the 2025-12 alt.csv).
 *
 * <p>The primaries are read first and held as builders (memory bounded by the entries); the other files
 * are then streamed onto them. Rows whose ent_num has no primary are ignored and counted in a warning.
 * Remarks are parsed (see {@link OfacRemarks}) after the overflow text has been appended.
 */
final class OfacCsvImporter {
  enum Role {
    PRIMARY(12, "ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign", "Vess_type", "Tonnage",
        "GRT", "Vess_flag", "Vess_owner", "Remarks"),
    ALIAS(5, "ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks"),
    ADDRESS(6, "ent_num", "add_num", "address", "city_state_postal", "country", "add_remarks"),
    COMMENTS(2, "ent_num", "remarks");

    final int width;
    final String[] header;

    Role(int width, String... header) {
      this.width = width;
      this.header = header;
    }
  }

  private static final Pattern CITY_POSTAL = Pattern.compile("^(.*?)[ ,]+([A-Z]{0,3}-?\\d[A-Z0-9 -]*)$");

  private final ListCollector out;
  private final Map<String, ListEntry.Builder> builders = new LinkedHashMap<>();
  private final Map<String, StringBuilder> remarks = new LinkedHashMap<>();
  private final Map<String, Long> lines = new LinkedHashMap<>();

  private OfacCsvImporter(ListCollector out) {
    this.out = out;
  }

  /** Reads one list's set; exactly one primary file is required. */
  static void read(List<Path> files, ListCollector out) throws ListImportException {
    Map<Role, Path> byRole = new EnumMap<>(Role.class);
    for (Path f : files) {
      Role r = role(f);
      Path before = byRole.put(r, f);
      if (before != null) {
        throw new ListImportException(f, null, null, "two OFAC " + r.name().toLowerCase(Locale.ROOT)
            + " files for list " + out.list().code() + " (" + before.getFileName() + " and " + f.getFileName()
            + "); import one set at a time");
      }
    }
    Path primary = byRole.get(Role.PRIMARY);
    if (primary == null) {
      throw new ListImportException(files.get(0), null, null, "an OFAC CSV set needs its primary file "
          + "(sdn.csv or cons_prim.csv, 12 columns) in the same import");
    }
    OfacCsvImporter imp = new OfacCsvImporter(out);
    imp.primaries(primary);
    if (byRole.containsKey(Role.COMMENTS)) {
      imp.comments(byRole.get(Role.COMMENTS));
    }
    if (byRole.containsKey(Role.ALIAS)) {
      imp.aliases(byRole.get(Role.ALIAS));
    }
    if (byRole.containsKey(Role.ADDRESS)) {
      imp.addresses(byRole.get(Role.ADDRESS));
    }
    imp.finish(primary);
  }

  /** The role of a file from the field count of its first record. */
  static Role role(Path f) throws ListImportException {
    String first = Sniff.firstLine(f);
    int n;
    try {
      n = countFields(first);
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      throw new ListImportException(f, "line 1", null, "not an OFAC CSV file: " + e.getMessage(), e);
    }
    for (Role r : Role.values()) {
      if (r.width == n) {
        return r;
      }
    }
    throw new ListImportException(f, "line 1", null, "not an OFAC CSV file: " + n
        + " fields (expected 12 for sdn.csv, 5 for alt.csv, 6 for add.csv, 2 for sdn_comments.csv)");
  }

  private static int countFields(String line) {
    de.siegmar.fastcsv.reader.CsvRecord r = de.siegmar.fastcsv.reader.CsvReader.builder()
        .allowUnclosedQuote(true).ofSingleCsvRecord(line);
    return r.getFieldCount();
  }

  private void primaries(Path f) throws ListImportException {
    Csv.read(f, ',', 12, Role.PRIMARY.header, out.options(), (r, line) -> {
      String loc = "line " + line;
      String id = entNum(f, loc, r[0]);
      String name = Text.clean(r[1]);
      if (name == null) {
        throw new ListImportException(f, loc, "SDN_Name", "empty name");
      }
      if (builders.containsKey(id)) {
        throw new ListImportException(f, loc, "ent_num", "duplicate ent_num " + id);
      }
      ListEntry.Builder b = ListEntry.builder(out.list(), id).name(name).type(type(f, loc, r[2]))
          .sourceUrl("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + id);
      for (String p : Text.split(r[3], "] [")) {
        b.program(p.replace("[", "").replace("]", "").strip());
      }
      b.title(Text.clean(r[4]));
      String callSign = Text.clean(r[5]);
      if (callSign != null) {
        b.identifier(new Identifier("Call Sign", callSign, null));
      }
      String flag = Text.clean(r[9]);
      if (flag != null) {
        b.nationality(Text.countryOrVerbatim(flag));
      }
      String owner = Text.clean(r[10]);
      if (owner != null) {
        b.linkedTo(owner);
      }
      builders.put(id, b);
      lines.put(id, line);
      String rem = Text.clean(r[11]);
      remarks.put(id, rem == null ? null : new StringBuilder(rem));
    });
  }

  private void comments(Path f) throws ListImportException {
    Csv.read(f, ',', 2, Role.COMMENTS.header, out.options(), (r, line) -> {
      String id = entNum(f, "line " + line, r[0]);
      String more = r[1] == null ? "" : r[1];
      if (!builders.containsKey(id)) {
        out.warn(f.getFileName() + ": remarks rows whose ent_num has no primary record, ignored", id);
        return;
      }
      StringBuilder sb = remarks.get(id);
      if (sb == null) {
        remarks.put(id, new StringBuilder(more.strip()));
      } else {
        sb.append(more.stripTrailing());
      }
    });
  }

  private void aliases(Path f) throws ListImportException {
    Csv.read(f, ',', 5, Role.ALIAS.header, out.options(), (r, line) -> {
      String id = entNum(f, "line " + line, r[0]);
      ListEntry.Builder b = builders.get(id);
      String name = Text.clean(r[3]);
      if (b == null) {
        out.warn(f.getFileName() + ": alias rows whose ent_num has no primary record, ignored", id);
        return;
      }
      if (name == null) {
        throw new ListImportException(f, "line " + line, "alt_name", "empty alias name");
      }
      String kind = Text.clean(r[2]);
      b.alias(new Alias(name, AliasQuality.STRONG, kind == null ? null : kind.toLowerCase(Locale.ROOT)));
    });
  }

  private void addresses(Path f) throws ListImportException {
    Csv.read(f, ',', 6, Role.ADDRESS.header, out.options(), (r, line) -> {
      String id = entNum(f, "line " + line, r[0]);
      ListEntry.Builder b = builders.get(id);
      if (b == null) {
        out.warn(f.getFileName() + ": address rows whose ent_num has no primary record, ignored", id);
        return;
      }
      String street = Text.clean(r[2]);
      String cityPart = Text.clean(r[3]);
      String country = Text.clean(r[4]);
      if (street == null && cityPart == null && country == null) {
        return;
      }
      String city = cityPart;
      String region = null;
      String postal = null;
      if (cityPart != null) {
        Matcher m = CITY_POSTAL.matcher(cityPart);
        if (m.matches() && !m.group(1).isBlank()) {
          city = m.group(1);
          postal = m.group(2).strip();
        }
        int comma = city.indexOf(", ");
        if (comma > 0) {
          region = city.substring(comma + 2).strip();
          city = city.substring(0, comma).strip();
        }
      }
      b.address(new Address(street, city, region, postal, Text.country(country)));
    });
  }

  private void finish(Path primary) throws ListImportException {
    for (Map.Entry<String, ListEntry.Builder> e : builders.entrySet()) {
      ListEntry.Builder b = e.getValue();
      StringBuilder rem = remarks.get(e.getKey());
      if (rem != null) {
        String text = rem.toString();
        b.remarks(text);
        OfacRemarks.apply(text, b);
      }
      out.add(b.build(), primary, "line " + lines.get(e.getKey()));
    }
  }

  private static String entNum(Path f, String loc, String v) throws ListImportException {
    String s = v == null ? "" : v.strip();
    if (s.isEmpty() || !s.chars().allMatch(Character::isDigit)) {
      throw new ListImportException(f, loc, "ent_num", "not a number: '" + abbreviate(s) + "'");
    }
    return s;
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  private static PartyType type(Path f, String loc, String v) throws ListImportException {
    String t = Text.clean(v);
    if (t == null) {
      return PartyType.ORGANIZATION; // OFAC writes -0- for entities
    }
    switch (t.toLowerCase(Locale.ROOT)) {
      case "individual": return PartyType.PERSON;
      case "vessel": return PartyType.VESSEL;
      case "aircraft": return PartyType.AIRCRAFT;
      default: throw new ListImportException(f, loc, "SDN_Type", "unknown type '" + abbreviate(t) + "'");
    }
  }
}
