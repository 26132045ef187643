package io.embargo.store;

import io.embargo.model.ListVersionRef;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored list version with its provenance, for {@code lists show} and {@code lists versions}.
 *
 * @param ref the version
 * @param format the format it was read from, or null
 * @param sourceFiles the files (or URLs) it was read from
 * @param importedBy who imported it
 * @param effective the date from which it counts as in force: its publication date, else its import date (UTC)
 */
public record VersionDetails(ListVersionRef ref, String format, List<String> sourceFiles, String importedBy,
    LocalDate effective) {
  public VersionDetails {
    sourceFiles = List.copyOf(sourceFiles);
  }
}
