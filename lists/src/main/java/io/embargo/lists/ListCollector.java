package io.embargo.lists;

import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the entries of one list while its files are read: keeps file order, refuses a repeated source
 * id (unless the importer asks for a derived one), gathers warnings and the publication date. Not
 * thread-safe; one per list per import.
 */
final class ListCollector {
  private final ListId list;
  private final ImportOptions options;
  private final Map<String, ListEntry> entries = new LinkedHashMap<>();
  private final Map<String, Integer> warningCounts = new LinkedHashMap<>();
  private final List<String> warningExamples = new ArrayList<>();
  private LocalDate published;

  ListCollector(ListId list, ImportOptions options) {
    this.list = list;
    this.options = options;
  }

  ListId list() {
    return list;
  }

  ImportOptions options() {
    return options;
  }

  /**
   * Adds an entry.
   *
   * @throws ListImportException naming the file and location when the source id is already taken
   */
  void add(ListEntry e, Path file, String location) throws ListImportException {
    if (entries.putIfAbsent(e.sourceId(), e) != null) {
      throw new ListImportException(file, location, "id", "duplicate id '" + e.sourceId() + "' in list "
          + list.code());
    }
  }

  /** True when an entry with this source id was added. */
  boolean contains(String sourceId) {
    return entries.containsKey(sourceId);
  }

  /**
   * Counts one skipped item under {@code kind} (e.g. "alt.csv: alias rows whose ent_num has no primary
   * record, ignored"); the first example of each kind is kept.
   */
  void warn(String kind, String example) {
    if (warningCounts.merge(kind, 1, Integer::sum) == 1) {
      warningExamples.add(example);
    }
  }

  void published(LocalDate date) {
    if (date != null && (published == null || date.isAfter(published))) {
      published = date;
    }
  }

  ImportedList build(ListFormat format, List<Path> files, String sha256) {
    List<String> warnings = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Integer> w : warningCounts.entrySet()) {
      warnings.add(w.getKey() + ": " + w.getValue() + " (first: " + warningExamples.get(i++) + ")");
    }
    return new ImportedList(list, format, files, sha256, published, new ArrayList<>(entries.values()),
        warnings);
  }
}
