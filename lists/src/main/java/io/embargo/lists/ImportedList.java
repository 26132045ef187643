package io.embargo.lists;

import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of reading one list from its files: every entry, plus what identifies this content.
 *
 * <p>Immutable. {@code warnings} reports what the importer deliberately left out (rows without a name,
 * alias or address rows whose ent_num has no primary record, a truncated last record that was accepted),
 * one human-readable line per kind with counts, so an operator can see that nothing was lost silently.
 *
 * @param list which list
 * @param format the format read (for a list read from several formats, e.g. the CSL CSV plus the CSL JSON
 *     extract, the format of the first file)
 * @param files the files read, in the order read
 * @param sha256 hex SHA-256 over the files' bytes (in the order given), identifying the content
 * @param published the list's own publication date when the file carries one, else null
 * @param entries the entries, in file order; source ids are unique within the list
 * @param warnings what was skipped and why; empty when nothing was
 */
public record ImportedList(ListId list, ListFormat format, List<Path> files, String sha256, LocalDate published,
    List<ListEntry> entries, List<String> warnings) {
  public ImportedList {
    files = List.copyOf(files);
    entries = List.copyOf(entries);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** An imported list without warnings. */
  public ImportedList(ListId list, ListFormat format, List<Path> files, String sha256, LocalDate published,
      List<ListEntry> entries) {
    this(list, format, files, sha256, published, entries, List.of());
  }
}
