package io.embargo.decisions.ownership;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads OpenSanctions FollowTheMoney JSON lines: {@code Ownership} entities ({@code owner}, {@code asset}:
 * entity ids; {@code percentage} or {@code shareholding}; {@code date}/{@code startDate}) resolved to names
 * through the other entities of the same file (caption, else first {@code name}). An id not in the file is
 * kept as the name. A share that is not a number in (0,100] (e.g. "25-50%") is recorded as unknown.
 */
final class OwnershipFtm {
  private OwnershipFtm() {}

  private record Pending(long line, JsonNode entity) {}

  static List<OwnershipLink> read(Path file, String defaultSource) {
    Map<String, String> names = new HashMap<>();
    List<Pending> ownerships = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      long line = 0;
      while ((text = r.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        JsonNode e;
        try {
          e = JsonMapper.shared().readTree(text);
        } catch (JacksonException ex) {
          throw new IllegalArgumentException(file + ":" + line + ": not a JSON entity: " + ex.getOriginalMessage(), ex);
        }
        String schema = e.path("schema").asString("");
        if (schema.equals("Ownership")) {
          ownerships.add(new Pending(line, e));
        } else if (e.hasNonNull("id")) {
          String name = e.hasNonNull("caption") ? e.get("caption").asString() : first(e, "name");
          if (name != null && !name.isBlank()) {
            names.put(e.get("id").asString(), name);
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
    }
    List<OwnershipLink> out = new ArrayList<>();
    for (Pending p : ownerships) {
      try {
        out.add(link(p.entity(), names, defaultSource));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + p.line() + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static OwnershipLink link(JsonNode e, Map<String, String> names, String defaultSource) {
    String owner = first(e, "owner");
    String asset = first(e, "asset");
    if (owner == null) {
      throw new IllegalArgumentException("owner: missing in Ownership " + e.path("id").asString("?"));
    }
    if (asset == null) {
      throw new IllegalArgumentException("asset: missing in Ownership " + e.path("id").asString("?"));
    }
    String share = first(e, "percentage");
    if (share == null) {
      share = first(e, "shareholding");
    }
    Double pct;
    try {
      pct = Percentages.parse(share);
    } catch (IllegalArgumentException ex) {
      pct = null;
    }
    JsonNode datasets = e.path("datasets");
    String source = datasets.isArray() && !datasets.isEmpty() ? "opensanctions:" + datasets.get(0).asString()
        : defaultSource;
    String date = first(e, "date");
    if (date == null) {
      date = first(e, "startDate");
    }
    if (date == null && e.hasNonNull("last_seen")) {
      date = e.get("last_seen").asString();
    }
    return new OwnershipLink(names.getOrDefault(owner, owner), names.getOrDefault(asset, asset), pct, source,
        date(date));
  }

  private static String first(JsonNode e, String property) {
    JsonNode v = e.path("properties").path(property);
    return v.isArray() && !v.isEmpty() ? v.get(0).asString() : null;
  }

  private static LocalDate date(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
