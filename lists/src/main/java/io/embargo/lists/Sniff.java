package io.embargo.lists;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Format detection from content: the first bytes, the first line, the XML root element, the ODS mimetype.
 * File names are used for one thing only, telling OFAC's SDN set from its non-SDN {@code cons_*} set,
 * whose files are otherwise identical in layout.
 */
final class Sniff {
  private static final int HEAD = 64 * 1024;
  private static final Pattern OFAC_ROW = Pattern.compile("^\\d+,.*");

  private Sniff() {}

  static ListFormat detect(Path f) throws ListImportException {
    byte[] head = head(f);
    if (head.length == 0) {
      throw new ListImportException(f, null, null, "file is empty");
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return zip(f);
    }
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("<")) {
      return xml(f, trimmed);
    }
    String first = firstLine(text);
    if (trimmed.startsWith("{")) {
      return isFtmEntity(first) ? ListFormat.FTM_JSON : ListFormat.CSL_JSON;
    }
    List<String> comma = fields(first, ',');
    if (comma.size() > 1 && comma.get(0).equals("_id") && comma.get(1).equals("source")) {
      return ListFormat.CSL_CSV;
    }
    if (comma.size() > 1 && comma.get(0).equals("Unique ID")) {
      return ListFormat.UK_CSV;
    }
    List<String> tab = fields(first, '\t');
    if (tab.size() > 1 && tab.get(0).equals("Name") && tab.get(1).equals("Street_Address")) {
      return ListFormat.BIS_DPL;
    }
    if (OFAC_ROW.matcher(first).matches()) {
      return ListFormat.OFAC_CSV;
    }
    if (!isText(head)) {
      throw new ListImportException(f, "line 1", null, "unrecognised format: binary content");
    }
    throw new ListImportException(f, "line 1", null, "unrecognised format, first line '"
        + OfacCsvImporter.abbreviate(first) + "' (use --format to force one)");
  }

  /** The fields of one header line, unquoted (quoted or not, as exporters differ). */
  private static List<String> fields(String line, char separator) {
    try {
      return CsvReader.builder().fieldSeparator(separator).allowUnclosedQuote(true)
          .allowExtraCharsAfterClosingQuote(true).ofSingleCsvRecord(line).getFields();
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      return List.of(); // not a header in this dialect
    }
  }

  /** True when the line is one complete JSON object with FtM's {@code schema} and {@code properties}. */
  private static boolean isFtmEntity(String line) {
    try {
      tools.jackson.databind.JsonNode n = Json.MAPPER.readTree(line);
      return n.isObject() && n.has("schema") && n.path("properties").isObject();
    } catch (tools.jackson.core.JacksonException e) {
      return false; // not a whole object on one line: a pretty-printed JSON document
    }
  }

  private static ListFormat xml(Path f, String text) throws ListImportException {
    String root = rootElement(text);
    switch (root) {
      case "sdnList": return ListFormat.OFAC_XML;
      case "CONSOLIDATED_LIST": return ListFormat.UN_XML;
      case "export": return ListFormat.EU_XML;
      default:
        throw new ListImportException(f, null, null, "unrecognised XML: root element <" + root
            + "> (known: sdnList, CONSOLIDATED_LIST, export)");
    }
  }

  /** The local name of the first element, skipping the declaration, comments and doctype. */
  private static String rootElement(String text) {
    int i = 0;
    while ((i = text.indexOf('<', i)) >= 0 && i + 1 < text.length()) {
      char c = text.charAt(i + 1);
      if (c == '?' || c == '!') {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
          && text.charAt(end) != '/') {
        end++;
      }
      String name = text.substring(i + 1, end);
      int colon = name.indexOf(':');
      return colon >= 0 ? name.substring(colon + 1) : name;
    }
    return "";
  }

  private static ListFormat zip(Path f) throws ListImportException {
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(f))) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        if (e.getName().equals("mimetype")) {
          String mime = new String(z.readNBytes(200), StandardCharsets.US_ASCII).strip();
          if (mime.equals("application/vnd.oasis.opendocument.spreadsheet")) {
            return ListFormat.UK_ODS;
          }
          throw new ListImportException(f, null, "mimetype", "unrecognised zip content: " + mime);
        }
      }
    } catch (IOException e) {
      throw new ListImportException(f, null, null, "unreadable zip: " + e.getMessage(), e);
    }
    throw new ListImportException(f, null, null, "unrecognised zip file (no OpenDocument mimetype)");
  }

  static byte[] head(Path f) throws ListImportException {
    if (!Files.exists(f)) {
      throw new ListImportException(f, null, null, "file not found");
    }
    try (InputStream in = Files.newInputStream(f)) {
      return in.readNBytes(HEAD);
    } catch (IOException e) {
      throw new ListImportException(f, null, null, "cannot read: " + e.getMessage(), e);
    }
  }

  /** The first line of the file (up to 64 KiB), without the line break. */
  static String firstLine(Path f) throws ListImportException {
    return firstLine(new String(head(f), StandardCharsets.UTF_8));
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    String l = nl >= 0 ? text.substring(0, nl) : text;
    return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
  }

  private static boolean isText(byte[] head) {
    int control = 0;
    for (byte b : Arrays.copyOf(head, Math.min(head.length, 4096))) {
      if (b == 0 || (b > 0 && b < 0x09) || (b > 0x0d && b < 0x20 && b != 0x1a)) {
        control++;
      }
    }
    return control == 0;
  }
}
