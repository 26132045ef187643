package io.embargo.lists;

import io.embargo.model.Address;
import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import io.embargo.model.PartyType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * OFAC's XML in the {@code sdnList} schema (sdn.xml, and consolidated.xml, which OFAC publishes in the same
 * schema). One {@code sdnEntry} per entry, id = {@code uid}. Names are written as the CSV writes them,
 * {@code LAST, First} for individuals. {@code aka} category {@code weak} becomes {@link AliasQuality#WEAK};
 * the kind is {@code aka}/{@code fka}/{@code nka}. {@code Publish_Date} is the publication date; a
 * {@code Record_Count} that differs from the entries present (an excerpt) gives a warning.
 */
final class OfacXmlImporter {
  private OfacXmlImporter() {}

  static void read(Path f, ListCollector out) throws ListImportException {
    int[] counts = {0, -1};
    Xml.read(f, "OFAC sdnList XML", "sdnList", new Xml.Handler() {
      @Override
      public boolean isHeaderField(String n) {
        return n.equals("publshInformation");
      }

      @Override
      public void headerField(Xml.El info, String loc) throws ListImportException {
        out.published(Text.date(info.text("Publish_Date"), "MM/dd/uuuu", f, loc, "Publish_Date"));
        String rc = info.text("Record_Count");
        if (rc != null && rc.chars().allMatch(Character::isDigit)) {
          counts[1] = Integer.parseInt(rc);
        }
      }

      @Override
      public void record(Xml.El e, String loc) throws ListImportException {
        counts[0]++;
        out.add(entry(f, loc, e, out), f, loc);
      }
    }, "sdnEntry");
    if (counts[1] >= 0 && counts[1] != counts[0]) {
      out.warn(f.getFileName() + ": Record_Count differs from the entries present (an excerpt?)",
          "Record_Count " + counts[1] + ", entries " + counts[0]);
    }
  }

  private static ListEntry entry(Path f, String loc, Xml.El e, ListCollector out) throws ListImportException {
    String uid = e.text("uid");
    if (uid == null) {
      throw new ListImportException(f, loc, "uid", "missing");
    }
    String where = loc + ", uid " + uid;
    String name = name(e);
    if (name == null) {
      throw new ListImportException(f, where, "lastName", "no name");
    }
    ListEntry.Builder b = ListEntry.builder(out.list(), uid).name(name).type(type(f, where, e.text("sdnType")));
    b.title(e.text("title"));
    b.remarks(e.text("remarks"));
    b.sourceUrl("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + uid);
    for (Xml.El p : list(e, "programList")) {
      if (Text.clean(p.text()) != null) {
        b.program(p.text());
      }
    }
    for (Xml.El a : list(e, "akaList")) {
      String an = name(a);
      if (an != null) {
        boolean weak = "weak".equalsIgnoreCase(a.text("category"));
        String kind = a.text("type") == null ? null : a.text("type").replace(".", "").toLowerCase(Locale.ROOT);
        b.alias(new Alias(an, weak ? AliasQuality.WEAK : AliasQuality.STRONG, kind));
      }
    }
    for (Xml.El a : list(e, "addressList")) {
      String street = join(a.text("address1"), a.text("address2"), a.text("address3"));
      Address ad = new Address(street, a.text("city"), a.text("stateOrProvince"), a.text("postalCode"),
          Text.country(a.text("country")));
      if (!ad.oneLine().isEmpty()) {
        b.address(ad);
      }
    }
    for (Xml.El i : list(e, "idList")) {
      String number = i.text("idNumber");
      if (number != null) {
        b.identifier(new Identifier(i.text("idType"), number, Text.country(i.text("idCountry"))));
      }
    }
    for (Xml.El d : list(e, "dateOfBirthList")) {
      String text = d.text("dateOfBirth");
      DateOfBirth dob = text == null ? null : OfacRemarks.dateOfBirth(text);
      if (dob != null) {
        b.dateOfBirth(dob);
      } else if (text != null) {
        out.warn(f.getFileName() + ": unreadable dateOfBirth values, kept in no field", where + " '" + text + "'");
      }
    }
    for (Xml.El p : list(e, "placeOfBirthList")) {
      if (p.text("placeOfBirth") != null) {
        b.placeOfBirth(p.text("placeOfBirth"));
      }
    }
    for (String l : new String[] {"nationalityList", "citizenshipList"}) {
      for (Xml.El n : list(e, l)) {
        if (n.text("country") != null) {
          b.nationality(Text.countryOrVerbatim(n.text("country")));
        }
      }
    }
    Xml.El vessel = e.child("vesselInfo");
    if (vessel != null) {
      if (vessel.text("callSign") != null) {
        b.identifier(new Identifier("Call Sign", vessel.text("callSign"), null));
      }
      String flag = vessel.text("vesselFlag");
      if (flag != null && !flag.equalsIgnoreCase("None Identified")) {
        b.nationality(Text.countryOrVerbatim(flag));
      }
      if (vessel.text("vesselOwner") != null) {
        b.linkedTo(vessel.text("vesselOwner"));
      }
    }
    return b.build();
  }

  /** The items of a list element such as {@code akaList}; empty when absent. */
  private static java.util.List<Xml.El> list(Xml.El e, String listName) {
    Xml.El l = e.child(listName);
    return l == null ? java.util.List.of() : l.children();
  }

  /** {@code LAST, First} as OFAC writes names, or just the last name. */
  private static String name(Xml.El e) {
    String last = e.text("lastName");
    String first = e.text("firstName");
    if (last == null) {
      return first;
    }
    return first == null ? last : last + ", " + first;
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null) {
        sb.append(sb.length() == 0 ? "" : ", ").append(p);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static PartyType type(Path f, String loc, String t) throws ListImportException {
    String c = Text.clean(t);
    if (c == null) {
      throw new ListImportException(f, loc, "sdnType", "missing");
    }
    try {
      return PartyType.parse(c);
    } catch (IllegalArgumentException e) {
      throw new ListImportException(f, loc, "sdnType", e.getMessage(), e);
    }
  }
}
