package io.embargo.lists;

import io.embargo.model.ListEntry;
import io.embargo.model.PartyType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The UK Sanctions List designation row shared by the ODS and the CSV conversion: Unique ID, OFSI Group ID,
 * Name, Regime Name, Type (Individual/Entity/Ship), Designation source (UK/UN), Date Designated
 * (DD-MM-YYYY), Sanctions Imposed. A row with a blank Name (the 2025-08-11 file has two, BEL0174 and
 * RUS1467) cannot be screened and is skipped with a warning.
 */
final class UkRows {
  static final String[] HEADER = {"Unique ID", "OFSI Group ID", "Name", "Regime Name", "Type",
      "Designation source", "Date Designated", "Sanctions Imposed"};

  private UkRows() {}

  static void checkHeader(Path f, String[] r) throws ListImportException {
    for (int i = 0; i < HEADER.length; i++) {
      String v = i < r.length && r[i] != null ? r[i].strip() : "";
      if (!HEADER[i].equalsIgnoreCase(v)) {
        throw new ListImportException(f, "row 1", HEADER[i], "not a UK Sanctions List header: column "
            + (i + 1) + " is '" + OfacCsvImporter.abbreviate(v) + "'");
      }
    }
  }

  static void row(Path f, String loc, String[] r, ListCollector out) throws ListImportException {
    String id = Text.clean(r[0]);
    if (id == null) {
      throw new ListImportException(f, loc, "Unique ID", "empty id");
    }
    String name = Text.clean(r[2]);
    if (name == null) {
      out.warn(f.getFileName() + ": designations with a blank Name, skipped", id);
      return;
    }
    ListEntry.Builder b = ListEntry.builder(out.list(), id).name(name).type(type(f, loc, r[4]));
    String regime = Text.clean(r[3]);
    if (regime != null) {
      b.program(regime);
    }
    b.listedOn(Text.date(r[6], "dd-MM-uuuu", f, loc, "Date Designated"));
    String source = Text.clean(r[5]);
    String imposed = Text.clean(r[7]);
    StringBuilder remarks = new StringBuilder();
    if (source != null) {
      remarks.append("Designation source: ").append(source);
    }
    if (imposed != null) {
      remarks.append(remarks.length() == 0 ? "" : "; ").append("Sanctions imposed: ").append(imposed);
    }
    b.remarks(remarks.length() == 0 ? null : remarks.toString());
    String group = Text.clean(r[1]);
    if (group != null) {
      b.identifier(new io.embargo.model.Identifier("OFSI Group ID", group, "GB"));
    }
    b.sourceUrl("https://www.gov.uk/government/publications/the-uk-sanctions-list");
    out.add(b.build(), f, loc);
  }

  private static PartyType type(Path f, String loc, String t) throws ListImportException {
    String c = Text.clean(t);
    if (c == null) {
      return PartyType.UNKNOWN;
    }
    switch (c.toLowerCase(Locale.ROOT)) {
      case "individual": return PartyType.PERSON;
      case "entity": return PartyType.ORGANIZATION;
      case "ship": return PartyType.VESSEL;
      default: throw new ListImportException(f, loc, "Type", "unknown type '" + OfacCsvImporter.abbreviate(c) + "'");
    }
  }
}
