package io.embargo.lists;

import io.embargo.model.Address;
import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import io.embargo.model.PartyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST} with {@code INDIVIDUALS/INDIVIDUAL}
 * and {@code ENTITIES/ENTITY}). Id = DATAID; an individual's name is FIRST..FOURTH_NAME joined by spaces.
 * Alias quality: {@code Good} and {@code a.k.a.} are STRONG, {@code f.k.a.} is STRONG with kind
 * {@code fka}, {@code Low} is WEAK. Dates of birth: EXACT date or year, APPROXIMATELY year (widened by a
 * year each side), BETWEEN FROM_YEAR and TO_YEAR. {@code dateGenerated} is the publication date.
 */
final class UnXmlImporter {
  private UnXmlImporter() {}

  static void read(Path f, ListCollector out) throws ListImportException {
    Xml.Handler h = new Xml.Handler() {
      @Override
      public void root(Xml.El root, String loc) throws ListImportException {
        out.published(Text.isoDate(root.attr("dateGenerated"), f, loc, "dateGenerated"));
      }

      @Override
      public void record(Xml.El e, String loc) throws ListImportException {
        out.add(entry(f, loc, e, out), f, loc);
      }
    };
    Xml.read(f, "UN consolidated list", "CONSOLIDATED_LIST", h, "INDIVIDUAL", "ENTITY");
  }

  private static ListEntry entry(Path f, String loc, Xml.El e, ListCollector out) throws ListImportException {
    boolean person = e.name().equals("INDIVIDUAL");
    String id = e.text("DATAID");
    if (id == null) {
      throw new ListImportException(f, loc, "DATAID", "missing");
    }
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
      String v = e.text(p);
      if (v != null) {
        parts.add(v);
      }
    }
    if (parts.isEmpty()) {
      throw new ListImportException(f, loc + ", DATAID " + id, "FIRST_NAME", "no name");
    }
    ListEntry.Builder b = ListEntry.builder(out.list(), id).name(String.join(" ", parts))
        .type(person ? PartyType.PERSON : PartyType.ORGANIZATION);
    String listType = e.text("UN_LIST_TYPE");
    if (listType != null) {
      b.program(listType);
    }
    b.remarks(e.text("COMMENTS1"));
    String listed = e.text("LISTED_ON");
    if (listed != null) {
      b.listedOn(Text.isoDate(listed, f, loc + ", DATAID " + id, "LISTED_ON"));
    }
    Xml.El title = e.child("TITLE");
    if (title != null && title.text("VALUE") != null) {
      b.title(title.text("VALUE"));
    }
    for (Xml.El n : e.all("NATIONALITY")) {
      for (Xml.El v : n.all("VALUE")) {
        if (Text.clean(v.text()) != null) {
          b.nationality(Text.countryOrVerbatim(v.text()));
        }
      }
    }
    String original = e.text("NAME_ORIGINAL_SCRIPT");
    if (original != null) {
      b.alias(new Alias(original, AliasQuality.STRONG, "original script"));
    }
    for (Xml.El a : e.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
      String name = a.text("ALIAS_NAME");
      if (name != null) {
        b.alias(alias(name, a.text("QUALITY")));
      }
    }
    for (Xml.El a : e.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
      Address ad = new Address(a.text("STREET"), a.text("CITY"), a.text("STATE_PROVINCE"), a.text("ZIP_CODE"),
          Text.country(a.text("COUNTRY")));
      if (!ad.oneLine().isEmpty()) {
        b.address(ad);
      }
    }
    for (Xml.El d : e.all("INDIVIDUAL_DATE_OF_BIRTH")) {
      DateOfBirth dob = dateOfBirth(f, loc + ", DATAID " + id, d);
      if (dob != null) {
        b.dateOfBirth(dob);
      }
    }
    for (Xml.El p : e.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
      String place = String.join(", ", nonNull(p.text("CITY"), p.text("STATE_PROVINCE"), p.text("COUNTRY")));
      if (!place.isEmpty()) {
        b.placeOfBirth(place);
      }
    }
    for (Xml.El d : e.all("INDIVIDUAL_DOCUMENT")) {
      String number = d.text("NUMBER");
      if (number != null) {
        String type = d.text("TYPE_OF_DOCUMENT");
        String country = d.text("ISSUING_COUNTRY") != null ? d.text("ISSUING_COUNTRY") : d.text("COUNTRY_OF_ISSUE");
        b.identifier(new Identifier(type, number, Text.country(country)));
      }
    }
    return b.build();
  }

  static Alias alias(String name, String quality) {
    String q = quality == null ? "" : quality.strip();
    switch (q) {
      case "Low": return new Alias(name, AliasQuality.WEAK, "Low");
      case "f.k.a.": return new Alias(name, AliasQuality.STRONG, "fka");
      case "Good": return new Alias(name, AliasQuality.STRONG, "Good");
      case "a.k.a.": return new Alias(name, AliasQuality.STRONG, "aka");
      default: return new Alias(name, AliasQuality.STRONG, q.isEmpty() ? null : q);
    }
  }

  private static DateOfBirth dateOfBirth(Path f, String loc, Xml.El d) throws ListImportException {
    String type = d.text("TYPE_OF_DATE");
    String date = d.text("DATE");
    String year = d.text("YEAR");
    String from = d.text("FROM_YEAR");
    String to = d.text("TO_YEAR");
    try {
      if (from != null && to != null) {
        return DateOfBirth.years(Integer.parseInt(from), Integer.parseInt(to));
      }
      DateOfBirth dob = date != null ? DateOfBirth.parse(date.length() > 10 ? date.substring(0, 10) : date)
          : year != null ? DateOfBirth.year(Integer.parseInt(year)) : null;
      if (dob != null && "APPROXIMATELY".equals(type)) {
        return DateOfBirth.years(dob.from().getYear() - 1, dob.to().getYear() + 1);
      }
      return dob;
    } catch (IllegalArgumentException e) {
      throw new ListImportException(f, loc, "INDIVIDUAL_DATE_OF_BIRTH", e.getMessage(), e);
    }
  }

  private static List<String> nonNull(String... s) {
    List<String> out = new ArrayList<>();
    for (String x : s) {
      if (x != null) {
        out.add(x);
      }
    }
    return out;
  }
}
