package io.embargo.lists;

import io.embargo.model.ListId;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The front door of the importers: reads official list files in their published formats into
 * {@link io.embargo.model.ListEntry} values.
 *
 * <p>Stateless and thread-safe. Importers stream the files, so memory is bounded by the entries produced,
 * not by the size of the files' text. A file that cannot be read fails the whole call with one
 * {@link ListImportException} naming the file, the line or record and the field: callers never see half a
 * list.
 *
 * <pre>{@code
 * List<ImportedList> lists = ListImporters.read(List.of(sdn, alt, add), null, null);
 * }</pre>
 */
public final class ListImporters {
  private ListImporters() {}

  /**
   * Reads the given files strictly ({@link ImportOptions#STRICT}).
   *
   * @see #read(List, ListId, ListFormat, ImportOptions)
   */
  public static List<ImportedList> read(List<Path> files, ListId list, ListFormat format)
      throws ListImportException {
    return read(files, list, format, ImportOptions.STRICT);
  }

  /**
   * Reads the given files, grouping them into lists: all files that belong to the same list become ONE
   * {@link ImportedList} (an OFAC CSV set sdn.csv + alt.csv + add.csv + sdn_comments.csv, possibly from
   * different folders; or the CSL CSV plus the CSL JSON extract). Which list a file belongs to comes from
   * its format (OFAC CSV/XML files whose name starts with {@code cons} or contains {@code consolidated}
   * are {@code ofac-cons}, other OFAC files {@code ofac-sdn}).
   *
   * @param files one or more files
   * @param list forces the list of every file, or null to decide from the content
   * @param format forces the format of every file, or null to detect it from the content
   * @param options strictness
   * @return one {@link ImportedList} per list found, in the order of the files
   * @throws ListImportException for a missing, empty, truncated, malformed, wrong-encoding or unrecognised file
   */
  public static List<ImportedList> read(List<Path> files, ListId list, ListFormat format, ImportOptions options)
      throws ListImportException {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(options, "options");
    if (files.isEmpty()) {
      throw new ListImportException(null, null, null, "no files given");
    }
    Map<ListId, List<Path>> groups = new LinkedHashMap<>();
    Map<Path, ListFormat> formats = new LinkedHashMap<>();
    for (Path f : files) {
      ListFormat fmt = format != null ? format : detect(f);
      formats.put(f, fmt);
      groups.computeIfAbsent(list != null ? list : defaultList(fmt, f), k -> new ArrayList<>()).add(f);
    }
    List<ImportedList> out = new ArrayList<>();
    for (Map.Entry<ListId, List<Path>> g : groups.entrySet()) {
      out.add(readList(g.getKey(), g.getValue(), formats, options));
    }
    return out;
  }

  /**
   * Detects the format of one file from its content (not its name).
   *
   * @throws ListImportException when the file is missing, empty, unreadable or of no known format
   */
  public static ListFormat detect(Path file) throws ListImportException {
    return Sniff.detect(file);
  }

  private static ImportedList readList(ListId id, List<Path> files, Map<Path, ListFormat> formats,
      ImportOptions options) throws ListImportException {
    MessageDigest digest = FileCheck.sha256();
    for (Path f : files) {
      FileCheck.check(f, formats.get(f) != ListFormat.UK_ODS, digest);
    }
    ListCollector out = new ListCollector(id, options);
    List<Path> ofacCsv = new ArrayList<>();
    for (Path f : files) {
      if (formats.get(f) == ListFormat.OFAC_CSV) {
        ofacCsv.add(f);
      }
    }
    Path current = files.get(0);
    try {
      if (!ofacCsv.isEmpty()) {
        current = ofacCsv.get(0);
        OfacCsvImporter.read(ofacCsv, out);
      }
      for (Path f : files) {
        current = f;
        readOne(f, formats.get(f), out);
      }
    } catch (RuntimeException e) {
      // a library failing on input it did not expect: still one import error naming the file
      throw new ListImportException(current, null, null, "cannot read as " + formats.get(current) + ": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
    ImportedList list = out.build(formats.get(files.get(0)), files, FileCheck.hex(digest.digest()));
    if (list.entries().isEmpty()) {
      // a list never legitimately empties: a file with a header and no rows is a broken download
      throw new ListImportException(files.get(0), null, null, "no entries in the file"
          + (files.size() > 1 ? "s of list " + id.code() : "") + " (only a header, or every row skipped)");
    }
    return list;
  }

  private static void readOne(Path f, ListFormat fmt, ListCollector out) throws ListImportException {
    switch (fmt) {
      case OFAC_CSV: return; // read above, as a set
      case CSL_CSV: CslCsvImporter.read(f, out); return;
      case CSL_JSON: CslJsonImporter.read(f, out); return;
      case BIS_DPL: DplImporter.read(f, out); return;
      case UN_XML: UnXmlImporter.read(f, out); return;
      case UK_CSV: UkCsvImporter.read(f, out); return;
      case UK_ODS: UkOdsImporter.read(f, out); return;
      case OFAC_XML: OfacXmlImporter.read(f, out); return;
      case EU_XML: EuXmlImporter.read(f, out); return;
      case FTM_JSON: FtmImporter.read(f, out); return;
      default: throw new IllegalStateException("no importer for " + fmt);
    }
  }

  /** The list a file of this format belongs to when none is forced. */
  static ListId defaultList(ListFormat fmt, Path f) {
    String name = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
    switch (fmt) {
      case OFAC_CSV:
      case OFAC_XML:
        return name.startsWith("cons") || name.contains("consolidated") ? ListId.OFAC_CONS : ListId.OFAC_SDN;
      case CSL_CSV:
      case CSL_JSON:
        return ListId.CSL;
      case BIS_DPL: return ListId.BIS_DPL;
      case UN_XML: return ListId.UN;
      case EU_XML: return ListId.EU;
      case UK_ODS:
      case UK_CSV:
        return ListId.UK;
      case FTM_JSON: return ListId.OPENSANCTIONS;
      default: throw new IllegalArgumentException("unknown format " + fmt);
    }
  }
}
