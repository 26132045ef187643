package io.embargo.lists;

import io.embargo.model.ListId;
import java.nio.file.Path;
import java.util.List;

/**
 * The front door of the importers: reads official list files in their published formats into
 * {@link io.embargo.model.ListEntry} values.
 *
 * <p>Stateless and thread-safe. Importers stream the files, so memory is bounded by the entries produced,
 * not by the size of the files' text. A file that cannot be read fails the whole call with a
 * {@link ListImportException}: callers never see half a list.
 */
public final class ListImporters {
  private ListImporters() {}

  /**
   * Reads the given files, grouping them into lists (an OFAC CSV set such as sdn.csv + alt.csv + add.csv +
   * sdn_comments.csv becomes one list).
   *
   * @param files one or more files
   * @param list forces the list of every file, or null to decide from the content
   * @param format forces the format of every file, or null to detect it from the content
   * @return one {@link ImportedList} per list found, in the order of the files
   * @throws ListImportException for a missing, empty, truncated, malformed, wrong-encoding or unrecognised file
   */
  public static List<ImportedList> read(List<Path> files, ListId list, ListFormat format)
      throws ListImportException {
    throw new UnsupportedOperationException("importers not written yet");
  }

  /**
   * Detects the format of one file from its content (not its name alone).
   *
   * @throws ListImportException when the file is empty, unreadable or of no known format
   */
  public static ListFormat detect(Path file) throws ListImportException {
    throw new UnsupportedOperationException("importers not written yet");
  }
}
