package io.embargo.lists;

import io.embargo.model.Address;
import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import io.embargo.model.PartyType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * OpenSanctions FollowTheMoney entities, JSON lines (one entity per line). Party schemas (Person,
 * Organization, Company, LegalEntity, PublicBody, Vessel, Airplane) become entries, id = the entity id,
 * primary name = {@code caption}, other {@code name}s and {@code alias} STRONG, {@code weakAlias} WEAK,
 * {@code previousName} STRONG with kind {@code fka}. {@code Address} entities are joined to the parties
 * that reference them ({@code addressEntity}, by id or referent) at the end of the file; other schemas
 * are skipped and counted. The newest {@code last_change} is taken as the publication date.
 */
final class FtmImporter {
  private static final Map<String, PartyType> PARTIES = Map.of("Person", PartyType.PERSON,
      "Organization", PartyType.ORGANIZATION, "Company", PartyType.ORGANIZATION,
      "LegalEntity", PartyType.UNKNOWN, "PublicBody", PartyType.ORGANIZATION, "Vessel", PartyType.VESSEL,
      "Airplane", PartyType.AIRCRAFT);
  private static final String[][] ID_PROPS = {{"registrationNumber", "Registration Number"},
      {"taxNumber", "Tax Number"}, {"idNumber", "ID Number"}, {"passportNumber", "Passport"},
      {"imoNumber", "IMO"}, {"innCode", "INN"}, {"ogrnCode", "OGRN"}, {"leiCode", "LEI"}, {"swiftBic", "SWIFT/BIC"}};

  private FtmImporter() {}

  static void read(Path f, ListCollector out) throws ListImportException {
    Map<String, ListEntry.Builder> parties = new LinkedHashMap<>();
    Map<String, List<String>> addressRefs = new HashMap<>();
    Map<String, String> partyLines = new HashMap<>();
    Map<String, Address> addresses = new HashMap<>();
    long lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String loc = "line " + lineNo;
        JsonNode e;
        try {
          e = Json.MAPPER.readTree(line);
        } catch (JacksonException ex) {
          throw new ListImportException(f, loc, null, "malformed JSON: " + firstLine(ex.getOriginalMessage()), ex);
        }
        if (!e.isObject()) {
          throw new ListImportException(f, loc, null, "not an FtM entity: expected a JSON object per line");
        }
        String id = Json.text(e, "id");
        String schema = Json.text(e, "schema");
        if (id == null || schema == null || !e.path("properties").isObject()) {
          throw new ListImportException(f, loc, id == null ? "id" : schema == null ? "schema" : "properties",
              "not an FtM entity: missing");
        }
        lastChange(e, out);
        JsonNode p = e.get("properties");
        if (schema.equals("Address")) {
          Address a = address(p);
          addresses.put(id, a);
          for (String ref : Json.strings(e, "referents")) {
            addresses.putIfAbsent(ref, a);
          }
        } else if (PARTIES.containsKey(schema)) {
          parties.put(id, party(f, loc, id, schema, e, p, out));
          addressRefs.put(id, Json.strings(p, "addressEntity"));
          partyLines.put(id, loc);
        } else {
          out.warn(f.getFileName() + ": entities of other schemas, skipped", schema + " " + id);
        }
      }
    } catch (IOException ex) {
      throw new ListImportException(f, "line " + (lineNo + 1), null, "cannot read: " + ex.getMessage(), ex);
    }
    for (Map.Entry<String, ListEntry.Builder> en : parties.entrySet()) {
      for (String ref : addressRefs.get(en.getKey())) {
        Address a = addresses.get(ref);
        if (a != null) {
          en.getValue().address(a);
        } else {
          out.warn(f.getFileName() + ": addressEntity references not found in the file", ref);
        }
      }
      out.add(en.getValue().build(), f, partyLines.get(en.getKey()));
    }
  }

  private static ListEntry.Builder party(Path f, String loc, String id, String schema, JsonNode e, JsonNode p,
      ListCollector out) throws ListImportException {
    List<String> names = Json.strings(p, "name");
    String caption = Json.text(e, "caption");
    String primary = caption != null ? caption : names.isEmpty() ? null : names.get(0);
    if (primary == null) {
      throw new ListImportException(f, loc, "name", "entity " + id + " has no name");
    }
    ListEntry.Builder b = ListEntry.builder(out.list(), id).name(primary).type(PARTIES.get(schema));
    for (String n : names) {
      if (!n.equals(primary)) {
        b.alias(Alias.strong(n));
      }
    }
    Json.strings(p, "alias").forEach(a -> b.alias(Alias.strong(a)));
    Json.strings(p, "weakAlias").forEach(a -> b.alias(new Alias(a, AliasQuality.WEAK, "weak")));
    Json.strings(p, "previousName").forEach(a -> b.alias(new Alias(a, AliasQuality.STRONG, "fka")));
    for (String c : Json.strings(p, "nationality")) {
      b.nationality(Text.countryOrVerbatim(c));
    }
    for (String c : Json.strings(p, "citizenship")) {
      b.nationality(Text.countryOrVerbatim(c));
    }
    if (schema.equals("Person")) {
      for (String c : Json.strings(p, "country")) {
        b.nationality(Text.countryOrVerbatim(c));
      }
    } else {
      for (String c : Json.strings(p, "country")) {
        String cc = Text.country(c);
        if (cc != null) {
          b.address(new Address(null, null, null, null, cc));
        }
      }
    }
    for (String d : Json.strings(p, "birthDate")) {
      DateOfBirth dob = OfacRemarks.dateOfBirth(d);
      if (dob != null) {
        b.dateOfBirth(dob);
      }
    }
    Json.strings(p, "birthPlace").forEach(b::placeOfBirth);
    List<String> position = Json.strings(p, "position");
    b.title(position.isEmpty() ? null : String.join("; ", position));
    List<String> notes = Json.strings(p, "notes");
    b.remarks(notes.isEmpty() ? null : String.join("\n", notes));
    Json.strings(e, "datasets").forEach(b::program);
    for (String[] idp : ID_PROPS) {
      for (String n : Json.strings(p, idp[0])) {
        b.identifier(new Identifier(idp[1], n, null));
      }
    }
    List<String> created = Json.strings(p, "createdAt");
    if (!created.isEmpty()) {
      b.listedOn(date(created.get(0)));
    }
    b.sourceUrl("https://www.opensanctions.org/entities/" + id + "/");
    return b;
  }

  private static Address address(JsonNode p) {
    List<String> street = Json.strings(p, "street");
    List<String> city = Json.strings(p, "city");
    List<String> region = Json.strings(p, "region");
    List<String> postal = Json.strings(p, "postalCode");
    List<String> country = Json.strings(p, "country");
    return new Address(street.isEmpty() ? null : street.get(0), city.isEmpty() ? null : city.get(0),
        region.isEmpty() ? null : region.get(0), postal.isEmpty() ? null : postal.get(0),
        country.isEmpty() ? null : Text.country(country.get(0)));
  }

  private static void lastChange(JsonNode e, ListCollector out) {
    String lc = Json.text(e, "last_change");
    if (lc != null) {
      out.published(date(lc));
    }
  }

  /** The date part of an ISO date or date-time; null when it is not one (FtM dates may be partial). */
  private static LocalDate date(String s) {
    try {
      return s.length() >= 10 ? LocalDate.parse(s.substring(0, 10)) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
