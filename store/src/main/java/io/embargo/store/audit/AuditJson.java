package io.embargo.store.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** JSON for audit details and stored alert payloads (Jackson 3). Thread-safe. */
public final class AuditJson {
  /** The shared mapper; thread-safe once built. */
  public static final JsonMapper MAPPER = JsonMapper.builder().build();

  private AuditJson() {}

  /** {@code key, value, key, value, …} as a JSON object, in the order given. */
  public static String of(Object... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("details: odd number of key/value arguments");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
    }
    return MAPPER.writeValueAsString(m);
  }
}
