package io.embargo.lists;

import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of reading one list from its files: every entry, plus what identifies this content.
 *
 * @param list which list
 * @param format the format read
 * @param files the files read, in the order read
 * @param sha256 hex SHA-256 over the files' bytes (in the order given), identifying the content
 * @param published the list's own publication date when the file carries one, else null
 * @param entries the entries, in file order
 */
public record ImportedList(ListId list, ListFormat format, List<Path> files, String sha256, LocalDate published,
    List<ListEntry> entries) {
  public ImportedList {
    files = List.copyOf(files);
    entries = List.copyOf(entries);
  }
}
