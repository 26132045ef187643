package io.embargo.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Jackson helpers shared by the JSON importers. */
final class Json {
  static final JsonMapper MAPPER = JsonMapper.shared();

  private Json() {}

  /** Text of a string/number property, null when absent, null or blank. */
  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.isMissingNode() || v.isContainer()) {
      return null;
    }
    return Text.clean(v.asString());
  }

  /** A property that is an array of strings, or a string joined with {@code "; "}; never null. */
  static List<String> strings(JsonNode n, String field) {
    JsonNode v = n.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      for (JsonNode e : v.values()) {
        String s = e.isNull() || e.isContainer() ? null : Text.clean(e.asString());
        if (s != null) {
          out.add(s);
        }
      }
      return out;
    }
    return Text.split(v.asString(), "; ");
  }

  /** A Jackson failure as an import error with the line of the failure. */
  static ListImportException error(Path file, JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    String where = loc == null || loc.getLineNr() < 1 ? null
        : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    String msg = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
    int nl = msg.indexOf('\n');
    if (nl > 0) {
      msg = msg.substring(0, nl);
    }
    return new ListImportException(file, where, null, "malformed JSON: " + msg, e);
  }

  static String where(tools.jackson.core.JsonParser p) {
    TokenStreamLocation loc = p.currentTokenLocation();
    return "line " + loc.getLineNr();
  }
}
