package io.embargo.lists;

import io.embargo.model.Address;
import io.embargo.model.Alias;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * trade.gov Consolidated Screening List, JSON: the API's {@code results} array (id in {@code id} or
 * {@code _id}), and the shared extract's wrapper, whose rows are in {@code entries} with the id in
 * {@code csl_id}. The file is streamed: one row is materialised at a time. {@code retrieved_date} at the
 * top level, when present, is the publication date.
 */
final class CslJsonImporter {
  private CslJsonImporter() {}

  static void read(Path f, ListCollector out) throws ListImportException {
    boolean sawRows = false;
    try (JsonParser p = Json.MAPPER.createParser(f)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new ListImportException(f, Json.where(p), null, "not a CSL JSON file: expected an object");
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if ((name.equals("results") || name.equals("entries")) && t == JsonToken.START_ARRAY) {
          sawRows = true;
          int record = 0;
          while (p.nextToken() == JsonToken.START_OBJECT) {
            record++;
            String loc = "record " + record + " (" + Json.where(p) + ")";
            JsonNode row = p.readValueAsTree();
            row(f, loc, row, out);
          }
          if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new ListImportException(f, Json.where(p), name, "expected an object per row");
          }
        } else if (name.equals("retrieved_date") && t == JsonToken.VALUE_STRING) {
          out.published(Text.isoDate(p.getString(), f, Json.where(p), "retrieved_date"));
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw new ListImportException(f, Json.where(p), null, "malformed JSON: expected a property name");
      }
    } catch (JacksonException e) {
      throw Json.error(f, e);
    }
    if (!sawRows) {
      throw new ListImportException(f, null, "results", "not a CSL JSON file: no 'results' or 'entries' array");
    }
  }


  private static void row(Path f, String loc, JsonNode r, ListCollector out) throws ListImportException {
    String id = Json.text(r, "csl_id");
    if (id == null) {
      id = Json.text(r, "_id") != null ? Json.text(r, "_id") : Json.text(r, "id");
    }
    if (id == null) {
      throw new ListImportException(f, loc, "csl_id", "no id (csl_id, _id or id)");
    }
    String name = Json.text(r, "name");
    if (name == null) {
      throw new ListImportException(f, loc, "name", "empty name");
    }
    String program = CslRows.sourceProgram(Json.text(r, "source"));
    if (program == null) {
      throw new ListImportException(f, loc, "source", "no list abbreviation in source");
    }
    if (out.contains(id)) {
      id = id + "-" + program;
    }
    ListEntry.Builder b = ListEntry.builder(out.list(), id).sourceProgram(program).name(name);
    try {
      b.type(CslRows.type(Json.text(r, "type")));
    } catch (IllegalArgumentException e) {
      throw new ListImportException(f, loc, "type", e.getMessage(), e);
    }
    Json.strings(r, "programs").forEach(b::program);
    b.title(Json.text(r, "title"));
    addresses(r.get("addresses"), b);
    b.federalRegisterCitation(verbatim(r, "federal_register_notice"));
    b.licenceRequirement(verbatim(r, "license_requirement"));
    b.licencePolicy(verbatim(r, "license_policy"));
    String start = Json.text(r, "start_date");
    if (start != null) {
      b.listedOn(Text.isoDate(start, f, loc, "start_date"));
    }
    b.remarks(verbatim(r, "remarks"));
    String url = Json.text(r, "source_list_url");
    b.sourceUrl(url != null ? url : Json.text(r, "source_information_url"));
    for (String a : Json.strings(r, "alt_names")) {
      b.alias(Alias.strong(a));
    }
    for (String c : Json.strings(r, "citizenships")) {
      b.nationality(Text.countryOrVerbatim(c));
    }
    for (String c : Json.strings(r, "nationalities")) {
      b.nationality(Text.countryOrVerbatim(c));
    }
    Json.strings(r, "places_of_birth").forEach(b::placeOfBirth);
    for (String d : Json.strings(r, "dates_of_birth")) {
      DateOfBirth dob = OfacRemarks.dateOfBirth(d);
      if (dob != null) {
        b.dateOfBirth(dob);
      }
    }
    JsonNode ids = r.get("ids");
    if (ids != null && ids.isArray()) {
      for (JsonNode i : ids.values()) {
        String number = Json.text(i, "number");
        if (number != null) {
          b.identifier(new Identifier(Json.text(i, "type"), number, Text.country(Json.text(i, "country"))));
        }
      }
    }
    out.add(b.build(), f, loc);
  }

  private static void addresses(JsonNode list, ListEntry.Builder b) {
    if (list == null || !list.isArray()) {
      return;
    }
    for (JsonNode a : list.values()) {
      if (a.isString()) {
        CslRows.addresses(a.asString(), b);
        continue;
      }
      Address ad = new Address(Json.text(a, "address"), Json.text(a, "city"), Json.text(a, "state"),
          Json.text(a, "postal_code"), Text.country(Json.text(a, "country")));
      if (!ad.oneLine().isEmpty()) {
        b.address(ad);
      }
    }
  }

  private static String verbatim(JsonNode r, String field) {
    JsonNode v = r.get(field);
    if (v == null || v.isNull() || v.isContainer()) {
      return null;
    }
    String s = v.asString();
    return s.isEmpty() ? null : s;
  }
}
