package io.embargo.lists;

import io.embargo.model.Alias;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import java.nio.file.Path;

/**
 * trade.gov Consolidated Screening List, CSV (29 columns with a header). One entry per row, list
 * {@code csl}, source program from the {@code source} column. The regulatory columns
 * ({@code federal_register_notice}, {@code license_requirement}, {@code license_policy}) are kept verbatim.
 *
 * <p>A data row equal to the header (the shared partial copy repeats it) is skipped. The CSL repeats an
 * {@code _id} when a Treasury party is on two of its lists (e.g. SSI and NS-MBS); the first row keeps the
 * {@code _id}, a later one gets {@code _id-PROGRAM} (e.g. {@code 17014-MBS}) so ids stay unique.
 */
final class CslCsvImporter {
  static final String[] HEADER = {"_id", "source", "entity_number", "type", "programs", "name", "title",
      "addresses", "federal_register_notice", "start_date", "end_date", "standard_order", "license_requirement",
      "license_policy", "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag",
      "vessel_owner", "remarks", "source_list_url", "alt_names", "citizenships", "dates_of_birth",
      "nationalities", "places_of_birth", "source_information_url", "ids"};

  private CslCsvImporter() {}

  static void read(Path f, ListCollector out) throws ListImportException {
    Csv.readWithHeader(f, "CSL CSV", ',', HEADER, out.options(), new Csv.Handler() {
      @Override
      public void record(String[] r, long line) throws ListImportException {
        if (r[0].equals("_id") && r[1].equals("source")) {
          out.warn(f.getFileName() + ": repeated header rows, skipped", "line " + line);
          return;
        }
        row(f, "line " + line, r, out);
      }

      @Override
      public void truncated(long line, int present) {
        out.warn(f.getFileName() + ": last record truncated, kept with the fields present",
            "line " + line + ", " + present + " of " + HEADER.length + " fields");
      }
    });
  }

  private static void row(Path f, String loc, String[] r, ListCollector out) throws ListImportException {
    String id = Text.clean(r[0]);
    if (id == null) {
      throw new ListImportException(f, loc, "_id", "empty id");
    }
    String name = Text.clean(r[5]);
    if (name == null) {
      throw new ListImportException(f, loc, "name", "empty name");
    }
    String program = CslRows.sourceProgram(r[1]);
    if (program == null) {
      throw new ListImportException(f, loc, "source", "no list abbreviation in '"
          + OfacCsvImporter.abbreviate(r[1]) + "'");
    }
    if (out.contains(id)) {
      id = id + "-" + program;
    }
    ListEntry.Builder b = ListEntry.builder(out.list(), id).sourceProgram(program).name(name);
    try {
      b.type(CslRows.type(r[3]));
    } catch (IllegalArgumentException e) {
      throw new ListImportException(f, loc, "type", e.getMessage(), e);
    }
    Text.split(r[4], "; ").forEach(b::program);
    b.title(Text.clean(r[6]));
    CslRows.addresses(r[7], b);
    b.federalRegisterCitation(verbatim(r[8]));
    b.listedOn(Text.date(r[9], "uuuu-MM-dd", f, loc, "start_date"));
    b.licenceRequirement(verbatim(r[12]));
    b.licencePolicy(verbatim(r[13]));
    String callSign = Text.clean(r[14]);
    if (callSign != null) {
      b.identifier(new Identifier("Call Sign", callSign, null));
    }
    String owner = Text.clean(r[19]);
    if (owner != null) {
      b.linkedTo(owner);
    }
    b.remarks(verbatim(r[20]));
    b.sourceUrl(Text.clean(r[21]) != null ? Text.clean(r[21]) : Text.clean(r[27]));
    for (String a : Text.split(r[22], "; ")) {
      b.alias(Alias.strong(a));
    }
    for (String c : Text.split(r[23], "; ")) {
      b.nationality(Text.countryOrVerbatim(c));
    }
    for (String d : Text.split(r[24], "; ")) {
      DateOfBirth dob = OfacRemarks.dateOfBirth(d);
      if (dob == null) {
        out.warn(f.getFileName() + ": unreadable dates_of_birth values, kept in no field", loc + " '" + d + "'");
      } else {
        b.dateOfBirth(dob);
      }
    }
    for (String c : Text.split(r[25], "; ")) {
      b.nationality(Text.countryOrVerbatim(c));
    }
    Text.split(r[26], "; ").forEach(b::placeOfBirth);
    for (String i : Text.split(r[28], "; ")) {
      Identifier id2 = CslRows.identifier(i);
      if (id2 != null) {
        b.identifier(id2);
      }
    }
    out.add(b.build(), f, loc);
  }

  /** The value exactly as written, or null when empty. */
  static String verbatim(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
