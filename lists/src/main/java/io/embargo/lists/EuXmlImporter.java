package io.embargo.lists;

import io.embargo.model.Address;
import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.Countries;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import io.embargo.model.PartyType;
import java.nio.file.Path;
import java.util.List;

/**
 * EU Financial Sanctions Files XML 1.1 ({@code export/sanctionEntity}). Id = the entity's
 * {@code logicalId}. The FSF marks no name as primary, so the primary is chosen by a fixed rule: the
 * {@code nameAlias} with a {@code function} (the regulation's main line carries it), else one with
 * structured first/last name parts, preferring English or unlabelled language; ties go to file order.
 * Every other {@code nameAlias} is an alias, STRONG unless {@code strong="false"}, with its
 * {@code nameLanguage} as kind. {@code generationDate} is the publication date.
 */
final class EuXmlImporter {
  private EuXmlImporter() {}

  static void read(Path f, ListCollector out) throws ListImportException {
    Xml.read(f, "EU FSF XML", "export", new Xml.Handler() {
      @Override
      public void root(Xml.El root, String loc) throws ListImportException {
        out.published(Text.isoDate(root.attr("generationDate"), f, loc, "generationDate"));
      }

      @Override
      public void record(Xml.El e, String loc) throws ListImportException {
        out.add(entry(f, loc, e, out), f, loc);
      }
    }, "sanctionEntity");
  }

  private static ListEntry entry(Path f, String loc, Xml.El e, ListCollector out) throws ListImportException {
    String id = e.attr("logicalId");
    if (id == null) {
      throw new ListImportException(f, loc, "logicalId", "missing");
    }
    String where = loc + ", logicalId " + id;
    List<Xml.El> names = e.all("nameAlias");
    Xml.El primary = primary(names);
    if (primary == null) {
      throw new ListImportException(f, where, "nameAlias", "no name");
    }
    Xml.El subject = e.child("subjectType");
    String code = subject == null ? null : subject.attr("code");
    ListEntry.Builder b = ListEntry.builder(out.list(), id).name(primary.attr("wholeName"))
        .type("person".equals(code) ? PartyType.PERSON : "enterprise".equals(code) ? PartyType.ORGANIZATION
            : PartyType.UNKNOWN);
    b.title(primary.attr("function"));
    for (Xml.El n : names) {
      String whole = n.attr("wholeName");
      if (n != primary && whole != null) {
        boolean weak = "false".equalsIgnoreCase(n.attr("strong"));
        b.alias(new Alias(whole, weak ? AliasQuality.WEAK : AliasQuality.STRONG, n.attr("nameLanguage")));
      }
    }
    String designated = e.attr("designationDate");
    if (designated != null) {
      b.listedOn(Text.isoDate(designated, f, where, "designationDate"));
    }
    for (Xml.El r : e.all("regulation")) {
      if (r.attr("programme") != null) {
        b.program(r.attr("programme"));
      }
      if (r.text("publicationUrl") != null) {
        b.sourceUrl(r.text("publicationUrl"));
      }
    }
    StringBuilder remarks = new StringBuilder();
    for (Xml.El r : e.all("remark")) {
      if (Text.clean(r.text()) != null) {
        remarks.append(remarks.length() == 0 ? "" : "\n").append(r.text());
      }
    }
    b.remarks(remarks.length() == 0 ? null : remarks.toString());
    for (Xml.El c : e.all("citizenship")) {
      String cc = iso(c.attr("countryIso2Code"));
      if (cc != null) {
        b.nationality(cc);
      }
    }
    for (Xml.El a : e.all("address")) {
      Address ad = new Address(a.attr("street"), a.attr("city"), a.attr("region"), a.attr("zipCode"),
          iso(a.attr("countryIso2Code")));
      if (!ad.oneLine().isEmpty()) {
        b.address(ad);
      }
    }
    for (Xml.El i : e.all("identification")) {
      String number = i.attr("number");
      if (number != null) {
        String type = i.attr("identificationTypeDescription") != null ? i.attr("identificationTypeDescription")
            : i.attr("identificationTypeCode");
        b.identifier(new Identifier(type, number, iso(i.attr("countryIso2Code"))));
      }
    }
    for (Xml.El d : e.all("birthdate")) {
      birth(f, where, d, b);
    }
    return b.build();
  }

  private static void birth(Path f, String where, Xml.El d, ListEntry.Builder b) throws ListImportException {
    String full = d.attr("birthdate");
    String year = d.attr("year");
    DateOfBirth dob = null;
    try {
      if (full != null) {
        dob = DateOfBirth.parse(full);
      } else if (year != null) {
        dob = DateOfBirth.year(Integer.parseInt(year));
      }
    } catch (IllegalArgumentException e) {
      throw new ListImportException(f, where, "birthdate", e.getMessage(), e);
    }
    if (dob != null) {
      b.dateOfBirth("true".equals(d.attr("circa"))
          ? DateOfBirth.years(dob.from().getYear() - 1, dob.to().getYear() + 1) : dob);
    }
    String place = d.attr("place") != null ? d.attr("place") : d.attr("city");
    if (place != null && !place.equals("-")) {
      String country = d.attr("countryDescription");
      b.placeOfBirth(country == null || country.equals("UNKNOWN") ? place : place + ", " + country);
    }
  }

  static Xml.El primary(List<Xml.El> names) {
    Xml.El best = null;
    int bestScore = -1;
    for (Xml.El n : names) {
      if (n.attr("wholeName") == null) {
        continue;
      }
      String lang = n.attr("nameLanguage");
      int score = (n.attr("function") != null ? 4 : 0)
          + (n.attr("firstName") != null || n.attr("lastName") != null ? 2 : 0)
          + (lang == null || lang.equals("EN") ? 1 : 0);
      if (score > bestScore) {
        best = n;
        bestScore = score;
      }
    }
    return best;
  }

  private static String iso(String code) {
    return code != null && Countries.isKnown(code) ? code : null;
  }

}
