package io.embargo.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Identifies one imported version of one list: what a screening used, recorded with every result.
 *
 * @param list the list
 * @param version version number, 1 for the first import of that list, increasing by one per new content
 * @param sha256 hex SHA-256 of the imported content
 * @param published the list's own publication date where the file has one, else null
 * @param importedAt when Embargo imported it
 * @param entries number of entries
 */
public record ListVersionRef(ListId list, long version, String sha256, LocalDate published, Instant importedAt,
    int entries) implements java.io.Serializable {
  public ListVersionRef {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** {@code list@version}, e.g. {@code ofac-sdn@3}. */
  public String label() {
    return list.code() + "@" + version;
  }
}
