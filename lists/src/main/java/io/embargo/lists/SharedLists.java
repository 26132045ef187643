package io.embargo.lists;

import io.embargo.config.SharedFolder;
import io.embargo.model.ListId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The real list files in the shared folder ({@link SharedFolder}), read in place.
 *
 * <p>The CSL partial CSV is read with {@link ImportOptions#ACCEPT_TRUNCATED_TAIL}: that copy ends in the
 * middle of its last row, and the evaluation counts the row. Every other file is read strictly. Thread-safe;
 * each call reads the files afresh.
 */
public final class SharedLists {
  private SharedLists() {}

  /**
   * The files of one list in the shared folder and how to read them.
   *
   * @param list the list they form
   * @param files the files, in reading order
   * @param options strictness
   */
  public record Source(ListId list, List<Path> files, ImportOptions options) {
    public Source {
      Objects.requireNonNull(list, "list");
      files = List.copyOf(files);
      Objects.requireNonNull(options, "options");
    }

    /** Reads the files as one list. */
    public ImportedList read() throws ListImportException {
      List<ImportedList> lists = ListImporters.read(files, list, null, options);
      return lists.get(0);
    }
  }

  /**
   * The list set the evaluation cases are made against ({@code shared/eval/README.md}): OFAC SDN 2024-05
   * primaries with 2025-12 aliases (and addresses, which the evaluation uses for countries), OFAC cons
   * (prim + alt + add), the CSL partial CSV and 2026-09 extract as one {@code csl} list, the DPL, the UN
   * XML and the UK CSV. SDN 14,965, UK 5,300, CSL 4,241, UN 1,003, DPL 546, cons 442 entries.
   *
   * @throws ListImportException when a file is missing or unreadable
   * @throws IllegalStateException when the shared folder is not found
   */
  public static List<ImportedList> evalSet() throws ListImportException {
    return read(evalSources());
  }

  /** The sources of {@link #evalSet()}, unread. */
  public static List<Source> evalSources() {
    return List.of(
        strict(ListId.OFAC_SDN, "ofac-sdn/2024-05/sdn.csv", "ofac-sdn/2025-12/alt.csv", "ofac-sdn/2025-12/add.csv"),
        strict(ListId.OFAC_CONS, "ofac-cons/cons_prim.csv", "ofac-cons/cons_alt.csv", "ofac-cons/cons_add.csv"),
        csl(),
        strict(ListId.BIS_DPL, "bis-dpl/dpl.txt"),
        strict(ListId.UN, "un/UN_consolidated.xml"),
        strict(ListId.UK, "uk/UK_Sanctions_List_2025-08-11.csv"));
  }

  /**
   * Every list the shared folder offers, one source per list id, newest copy of each, for loading a fresh
   * store. Compared with {@link #evalSet()}: the SDN set also takes the 2025-12 {@code sdn_comments.csv}
   * (remarks overflow), cons takes {@code cons_comments.csv}, and the UK list is read from the FCDO's ODS
   * (the CSV is only a conversion of it). Added lists: the EU FSF excerpt ({@code eu}) and the
   * OpenSanctions FtM fixture ({@code opensanctions}). Left out, because their list id is already served
   * by a newer copy: the 2021-07 SDN CSV set, the 2019 SDN XML excerpt and the 2018 OFAC consolidated XML
   * (which would be {@code ofac-cons}, superseded by the 2025-12 cons CSV set).
   *
   * @throws ListImportException when a file is missing or unreadable
   * @throws IllegalStateException when the shared folder is not found
   */
  public static List<ImportedList> all() throws ListImportException {
    return read(allSources());
  }

  /** The sources of {@link #all()}, unread. */
  public static List<Source> allSources() {
    return List.of(
        strict(ListId.OFAC_SDN, "ofac-sdn/2024-05/sdn.csv", "ofac-sdn/2025-12/alt.csv", "ofac-sdn/2025-12/add.csv",
            "ofac-sdn/2025-12/sdn_comments.csv"),
        strict(ListId.OFAC_CONS, "ofac-cons/cons_prim.csv", "ofac-cons/cons_alt.csv", "ofac-cons/cons_add.csv",
            "ofac-cons/cons_comments.csv"),
        csl(),
        strict(ListId.BIS_DPL, "bis-dpl/dpl.txt"),
        strict(ListId.UN, "un/UN_consolidated.xml"),
        strict(ListId.UK, "uk/UK_Sanctions_List_2025-08-11.ods"),
        strict(ListId.EU, "eu/eu_fsf_2026-08-05_excerpt.xml"),
        strict(ListId.OPENSANCTIONS, "opensanctions/yente-fixture-t1-entities.ftm.json"));
  }

  /** A path under {@code data/lists}. */
  public static Path file(String relative) {
    return SharedFolder.list(relative);
  }

  private static List<ImportedList> read(List<Source> sources) throws ListImportException {
    List<ImportedList> out = new ArrayList<>();
    for (Source s : sources) {
      out.add(s.read());
    }
    return out;
  }

  /** The CSL partial CSV (cut off in its last row, see the class comment) plus the 2026-09 JSON extract. */
  private static Source csl() {
    return new Source(ListId.CSL, files("bis-csl/2023-11-partial/csl.csv",
        "bis-csl/2026-09-extract/screening_list.json"), ImportOptions.ACCEPT_TRUNCATED_TAIL);
  }

  private static Source strict(ListId list, String... relative) {
    return new Source(list, files(relative), ImportOptions.STRICT);
  }

  private static List<Path> files(String... relative) {
    List<Path> files = new ArrayList<>();
    for (String r : relative) {
      files.add(file(r));
    }
    return files;
  }
}
