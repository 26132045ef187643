package io.embargo.lists;

import io.embargo.config.SharedFolder;
import io.embargo.model.ListId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real list files in the shared folder ({@link SharedFolder}), read in place.
 *
 * <p>Both methods read the CSL partial CSV with {@link ImportOptions#ACCEPT_TRUNCATED_TAIL}: that copy
 * ends in the middle of its last row, and the evaluation counts the row. Every other file is read strictly.
 * Thread-safe; each call reads the files afresh.
 */
public final class SharedLists {
  private SharedLists() {}

  /**
   * The list set the evaluation cases are made against ({@code shared/eval/README.md}): OFAC SDN 2024-05
   * primaries with 2025-12 aliases (and addresses, which the evaluation uses for countries), OFAC cons
   * (prim + alt + add), the CSL partial CSV and 2026-09 extract as one {@code csl} list, the DPL, the UN
   * XML and the UK CSV. 26,496 entries: SDN 14,965, UK 5,300, CSL 4,241, UN 1,003, DPL 546, cons 442.
   *
   * @throws ListImportException when a file is missing or unreadable
   * @throws IllegalStateException when the shared folder is not found
   */
  public static List<ImportedList> evalSet() throws ListImportException {
    List<ImportedList> out = new ArrayList<>();
    out.addAll(read(ListId.OFAC_SDN, "ofac-sdn/2024-05/sdn.csv", "ofac-sdn/2025-12/alt.csv",
        "ofac-sdn/2025-12/add.csv"));
    out.addAll(read(ListId.OFAC_CONS, "ofac-cons/cons_prim.csv", "ofac-cons/cons_alt.csv",
        "ofac-cons/cons_add.csv"));
    out.addAll(readTolerant(ListId.CSL, "bis-csl/2023-11-partial/csl.csv", "bis-csl/2026-09-extract/screening_list.json"));
    out.addAll(read(ListId.BIS_DPL, "bis-dpl/dpl.txt"));
    out.addAll(read(ListId.UN, "un/UN_consolidated.xml"));
    out.addAll(read(ListId.UK, "uk/UK_Sanctions_List_2025-08-11.csv"));
    return out;
  }

  /**
   * Every list the shared folder offers, one source per list id, newest copy of each, for loading a fresh
   * store. Compared with {@link #evalSet()}: the SDN set also takes the 2025-12 {@code sdn_comments.csv}
   * (remarks overflow), cons takes {@code cons_comments.csv}, and the UK list is read from the FCDO's ODS
   * (the CSV is only a conversion of it). Added lists: the EU FSF excerpt ({@code eu}) and the
   * OpenSanctions FtM fixture ({@code opensanctions}). Left out, because their list id is already served
   * by a newer copy: the 2021-07 SDN CSV set, the 2019 SDN XML excerpt and the 2018 OFAC consolidated XML.
   *
   * @throws ListImportException when a file is missing or unreadable
   * @throws IllegalStateException when the shared folder is not found
   */
  public static List<ImportedList> all() throws ListImportException {
    List<ImportedList> out = new ArrayList<>();
    out.addAll(read(ListId.OFAC_SDN, "ofac-sdn/2024-05/sdn.csv", "ofac-sdn/2025-12/alt.csv",
        "ofac-sdn/2025-12/add.csv", "ofac-sdn/2025-12/sdn_comments.csv"));
    out.addAll(read(ListId.OFAC_CONS, "ofac-cons/cons_prim.csv", "ofac-cons/cons_alt.csv",
        "ofac-cons/cons_add.csv", "ofac-cons/cons_comments.csv"));
    out.addAll(readTolerant(ListId.CSL, "bis-csl/2023-11-partial/csl.csv", "bis-csl/2026-09-extract/screening_list.json"));
    out.addAll(read(ListId.BIS_DPL, "bis-dpl/dpl.txt"));
    out.addAll(read(ListId.UN, "un/UN_consolidated.xml"));
    out.addAll(read(ListId.UK, "uk/UK_Sanctions_List_2025-08-11.ods"));
    out.addAll(read(ListId.EU, "eu/eu_fsf_2026-08-05_excerpt.xml"));
    out.addAll(read(ListId.OPENSANCTIONS, "opensanctions/yente-fixture-t1-entities.ftm.json"));
    return out;
  }

  /** A path under {@code data/lists}. */
  public static Path file(String relative) {
    return SharedFolder.list(relative);
  }

  private static List<ImportedList> read(ListId list, String... relative) throws ListImportException {
    return ListImporters.read(files(relative), list, null, ImportOptions.STRICT);
  }

  /** For the CSL, whose partial CSV copy is cut off in its last row (see the class comment). */
  private static List<ImportedList> readTolerant(ListId list, String... relative) throws ListImportException {
    return ListImporters.read(files(relative), list, null, ImportOptions.ACCEPT_TRUNCATED_TAIL);
  }

  private static List<Path> files(String... relative) {
    List<Path> files = new ArrayList<>();
    for (String r : relative) {
      files.add(file(r));
    }
    return files;
  }
}
