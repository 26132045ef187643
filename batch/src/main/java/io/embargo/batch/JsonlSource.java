package io.embargo.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines: one JSON object per line (Jackson). The columns are the properties of the first object plus the
 * mapped ones; a later object may omit some (null) and its other properties are ignored. Scalars are read as text; a line that is
 * not a JSON object is returned as an error with its line number. Blank lines are skipped.
 */
final class JsonlSource implements RecordSource {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private final BufferedReader in;
  private final List<String> header;
  private final long estimate;
  private long line;
  private long number;
  private String pending;

  /**
   * @param wanted column names the caller maps; added to the header when the first object lacks them, so a
   *     property that first appears later is still read
   */
  JsonlSource(Path file, java.util.Collection<String> wanted) throws IOException {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), dec), 1 << 16);
    String first = readNonBlank();
    if (first == null) {
      throw new IllegalArgumentException(file + ": empty file");
    }
    if (first.charAt(0) == '\uFEFF') {
      first = first.substring(1);
    }
    JsonNode n;
    try {
      n = MAPPER.readTree(first);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + " line " + line + ": not JSON: " + e.getOriginalMessage(), e);
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException(file + " line " + line + ": expected a JSON object");
    }
    List<String> cols = new ArrayList<>(n.propertyNames());
    for (String w : wanted) {
      if (!cols.contains(w)) {
        cols.add(w);
      }
    }
    header = List.copyOf(cols);
    pending = first;
    estimate = LineCount.of(file);
  }

  private String readNonBlank() throws IOException {
    String s;
    while ((s = in.readLine()) != null) {
      line++;
      if (!s.isBlank()) {
        return s;
      }
    }
    return null;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRecord next() throws IOException {
    String s = pending != null ? pending : readNonBlank();
    pending = null;
    if (s == null) {
      return null;
    }
    number++;
    JsonNode n;
    try {
      n = MAPPER.readTree(s);
    } catch (JacksonException e) {
      return SourceRecord.bad(number, line, "not valid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      return SourceRecord.bad(number, line, "expected a JSON object");
    }
    String[] values = new String[header.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode v = n.get(header.get(i));
      values[i] = v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString();
    }
    return new SourceRecord(number, line, values, null);
  }

  @Override
  public long estimatedTotal() {
    return estimate;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
