package io.embargo.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.embargo.model.ListEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@link ListEntry} as compact JSON (nulls omitted). Thread-safe. A stored entry read back
 * has the same {@link ListEntry#contentHash()} as the one written (tested), so hashes in the database stay
 * meaningful.
 */
final class EntryCodec {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
      .build();

  private EntryCodec() {}

  static String write(ListEntry e) {
    return MAPPER.writeValueAsString(e);
  }

  /** @throws IllegalStateException naming the content hash when the stored JSON cannot be read */
  static ListEntry read(String json, String contentHash) {
    try {
      return MAPPER.readValue(json, ListEntry.class);
    } catch (RuntimeException e) {
      throw new IllegalStateException("stored list entry " + contentHash + " is unreadable: " + e.getMessage(), e);
    }
  }
}
