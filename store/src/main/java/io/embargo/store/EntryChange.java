package io.embargo.store;

import io.embargo.model.ListEntry;
import java.util.List;

/**
 * An entry present in both versions of a diff whose content changed.
 *
 * @param before the entry in the older version
 * @param after the entry in the newer version
 * @param fields field-by-field changes, in the order of the entry's fields
 */
public record EntryChange(ListEntry before, ListEntry after, List<FieldChange> fields) {
  public EntryChange {
    fields = List.copyOf(fields);
  }
}
