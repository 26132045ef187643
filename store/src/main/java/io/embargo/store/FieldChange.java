package io.embargo.store;

import java.util.List;

/**
 * How one field of one entry changed between two versions. For single-valued fields {@code added} holds
 * the new value and {@code removed} the old one (either may be empty when the field was absent); for
 * multi-valued fields (aliases, addresses, programs…) they hold the values that appeared and disappeared.
 *
 * @param field the field name of {@link io.embargo.model.ListEntry}, e.g. {@code aliases}
 * @param added values present in the new version only, as text
 * @param removed values present in the old version only, as text
 */
public record FieldChange(String field, List<String> added, List<String> removed) {
  public FieldChange {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
  }
}
