package io.embargo.decisions.ownership;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Front door of the ownership importers: reads a whole file into links, or fails with one error naming the
 * file, the line and the field. Nothing is returned for a file with any bad record, so a caller that stores
 * the result never stores half a file. Stateless and thread-safe.
 */
public final class OwnershipImport {
  private OwnershipImport() {}

  /**
   * Reads ownership links.
   *
   * @param file the file
   * @param format its format
   * @param source the source recorded on links whose record names none (e.g. the file name); not blank
   * @return the links in file order
   * @throws IllegalArgumentException "FILE:LINE: field: problem" for any unreadable file or bad record
   */
  public static List<OwnershipLink> read(Path file, OwnershipFormat format, String source) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source: must not be empty");
    }
    List<OwnershipLink> links = format == OwnershipFormat.CSV ? OwnershipCsv.read(file, source)
        : OwnershipFtm.read(file, source);
    if (links.isEmpty()) {
      throw new IllegalArgumentException(file + ": no ownership links found");
    }
    return links;
  }
}
