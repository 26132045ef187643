package io.embargo.lists;

import java.util.List;

/**
 * The real list files in the shared folder ({@link io.embargo.config.SharedFolder}), read in place.
 */
public final class SharedLists {
  private SharedLists() {}

  /**
   * The list set the evaluation cases are made against ({@code shared/eval/README.md}): OFAC SDN 2024-05
   * primaries with 2025-12 aliases, OFAC cons, the CSL partial CSV and 2026-09 extract, the DPL, the UN XML
   * and the UK CSV. 26,496 entries.
   */
  public static List<ImportedList> evalSet() throws ListImportException {
    throw new UnsupportedOperationException("importers not written yet");
  }

  /** Every list the shared folder offers, newest copy of each, for loading a fresh store. */
  public static List<ImportedList> all() throws ListImportException {
    throw new UnsupportedOperationException("importers not written yet");
  }
}
