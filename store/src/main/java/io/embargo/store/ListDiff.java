package io.embargo.store;

import io.embargo.model.ListEntry;
import io.embargo.model.ListVersionRef;
import java.util.List;

/**
 * The difference between two versions of one list. Entries are matched by source id (for lists without
 * one, such as the DPL, the importer's stable derived id).
 *
 * @param from the older version
 * @param to the newer version
 * @param added entries only in {@code to}
 * @param removed entries only in {@code from}
 * @param changed entries in both whose content differs
 */
public record ListDiff(ListVersionRef from, ListVersionRef to, List<ListEntry> added, List<ListEntry> removed,
    List<EntryChange> changed) {
  public ListDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /** True when the two versions hold the same entries. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }
}
