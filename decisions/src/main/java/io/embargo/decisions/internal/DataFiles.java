package io.embargo.decisions.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bundled rule data files (JSON) with errors that name the file and the field. Not part of the
 * module's API: used by the rule and place loaders only. Stateless and thread-safe.
 */
public final class DataFiles {
  private DataFiles() {}

  /**
   * Reads a bundled JSON data file from {@code /io/embargo/decisions/}.
   *
   * @throws IllegalStateException naming the resource when it is missing or malformed
   */
  public static JsonNode bundled(String name) {
    try (InputStream in = DataFiles.class.getResourceAsStream("/io/embargo/decisions/" + name)) {
      if (in == null) {
        throw new IllegalStateException(name + ": resource missing from the classpath");
      }
      return JsonMapper.shared().readTree(in);
    } catch (IOException | JacksonException e) {
      throw new IllegalStateException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Required non-blank text field. @throws IllegalStateException naming {@code where.field} */
  public static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isString() || v.stringValue().isBlank()) {
      throw new IllegalStateException(where + "." + field + ": required text missing");
    }
    return v.stringValue();
  }

  /** Optional text field, or null. */
  public static String optText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  /** Optional array of strings; empty when absent. */
  public static List<String> strings(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new IllegalStateException(where + "." + field + ": must be an array of strings");
    }
    for (JsonNode e : v.values()) {
      out.add(e.asString());
    }
    return out;
  }

  /** Optional ISO date field, or null. @throws IllegalStateException naming the field when malformed */
  public static LocalDate date(JsonNode n, String field, String where) {
    String s = optText(n, field);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(where + "." + field + ": not an ISO date: '" + s + "'", e);
    }
  }
}
