package io.embargo.server;

import io.embargo.match.Query;
import io.embargo.model.Identifier;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a party from a JSON object into a {@link Query}, with errors that name the field (prefixed with
 * {@code where}, e.g. {@code parties[3].dob}). Unknown fields are refused so a typo does not silently screen
 * less than the caller meant.
 */
final class QueryJson {
  private static final Set<String> FIELDS = Set.of("name", "type", "country", "dob", "identifiers", "address", "id");

  private QueryJson() {}

  static Query read(JsonNode n, String where) {
    String p = where.isEmpty() ? "" : where + ".";
    if (n == null || !n.isObject()) {
      throw ApiException.badRequest((where.isEmpty() ? "body" : where) + ": must be a JSON object");
    }
    for (String f : n.propertyNames()) {
      if (!FIELDS.contains(f)) {
        throw ApiException.badRequest(p + f + ": unknown field (known: address, country, dob, identifiers, name, type)");
      }
    }
    String name = text(n, "name", p);
    if (name == null) {
      throw ApiException.badRequest(p + "name: required");
    }
    try {
      Query.Builder b = Query.builder(name)
          .type(text(n, "type", p))
          .country(text(n, "country", p))
          .dob(text(n, "dob", p))
          .address(text(n, "address", p));
      JsonNode ids = n.get("identifiers");
      if (ids != null && !ids.isNull()) {
        if (!ids.isArray()) {
          throw ApiException.badRequest(p + "identifiers: must be an array");
        }
        for (int i = 0; i < ids.size(); i++) {
          b.identifier(identifier(ids.get(i), p + "identifiers[" + i + "]"));
        }
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(p + e.getMessage());
    }
  }

  private static Identifier identifier(JsonNode n, String where) {
    if (n.isString()) {
      return new Identifier(null, requireNotBlank(n.stringValue(), where), null);
    }
    if (!n.isObject()) {
      throw ApiException.badRequest(where + ": must be a string or an object {type, number, country}");
    }
    String number = text(n, "number", where + ".");
    if (number == null) {
      throw ApiException.badRequest(where + ".number: required");
    }
    return new Identifier(text(n, "type", where + "."), requireNotBlank(number, where + ".number"),
        text(n, "country", where + "."));
  }

  private static String requireNotBlank(String s, String where) {
    if (s.isBlank()) {
      throw ApiException.badRequest(where + ": must not be blank");
    }
    return s;
  }

  static String text(JsonNode n, String field, String prefix) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      throw ApiException.badRequest(prefix + field + ": must be a string");
    }
    return v.stringValue();
  }
}
