package io.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every importer on bad input written from the real files: truncated mid-record, garbage bytes, another
 * format's file, invalid UTF-8, empty, missing. Each must fail with ONE {@link ListImportException} naming
 * the file (and the line or record where there is one), never with a runtime exception or a partial list.
 */
class BadInputTest {
  @TempDir
  Path dir;

  /** format, a real file of that format, a text right before which the copy is cut (inside a record). */
  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of(ListFormat.OFAC_CSV, "ofac-sdn/2024-05/sdn.csv", "OBSHCHESTVO POZITIV"),
        Arguments.of(ListFormat.OFAC_XML, "ofac-sdn/xml/sdn_2019-03-11_head17.xml", "NACIONAL DE CUBA"),
        Arguments.of(ListFormat.CSL_CSV, "bis-csl/2023-11-partial/csl.csv", "GaStone Technology"),
        Arguments.of(ListFormat.CSL_JSON, "bis-csl/2026-09-extract/screening_list.json", "Saito Tech"),
        Arguments.of(ListFormat.BIS_DPL, "bis-dpl/dpl.txt", "ABRAHAM VILLA"),
        Arguments.of(ListFormat.UN_XML, "un/UN_consolidated.xml", "IYAMUREMYE"),
        Arguments.of(ListFormat.EU_XML, "eu/eu_fsf_2026-08-05_excerpt.xml", "Chemical Industries (PCI)"),
        Arguments.of(ListFormat.UK_CSV, "uk/UK_Sanctions_List_2025-08-11.csv", "KHAIRULLAH HAJI"),
        Arguments.of(ListFormat.UK_ODS, "uk/UK_Sanctions_List_2025-08-11.ods", null),
        Arguments.of(ListFormat.FTM_JSON, "opensanctions/yente-fixture-t1-entities.ftm.json", "Guard Corps"));
  }

  private static byte[] bytes(String relative) throws IOException {
    return Files.readAllBytes(Scan.list(relative));
  }

  private static int indexOf(byte[] hay, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.UTF_8);
    outer:
    for (int i = 0; i + n.length <= hay.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (hay[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("marker not found: " + needle);
  }

  private static int lineOf(byte[] b, int pos) {
    int line = 1;
    for (int i = 0; i < pos; i++) {
      if (b[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private Path write(String name, byte[] content) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, content);
    return f;
  }

  private static ListImportException fails(Path f, ListFormat format) {
    try {
      List<ImportedList> l = ListImporters.read(List.of(f), null, format);
      throw new AssertionError("imported " + l.get(0).entries().size() + " entries from bad input " + f);
    } catch (ListImportException e) {
      System.out.println("[bad input] " + (format == null ? "detect" : format) + ": " + e.getMessage());
      assertThat(e.getMessage()).contains(f.toString());
      assertThat(e.file()).isEqualTo(f);
      return e;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void truncatedMidRecord(ListFormat format, String relative, String marker) throws IOException {
    byte[] real = bytes(relative);
    int cut = marker == null ? real.length / 2 : indexOf(real, marker) + marker.length() / 2;
    Path f = write("cut-" + Path.of(relative).getFileName(), java.util.Arrays.copyOf(real, cut));
    ListImportException e = fails(f, null);
    if (format != ListFormat.UK_ODS) {
      assertThat(e.location()).as(e.getMessage()).isNotNull();
      int line = lineOf(real, cut);
      assertThat(e.getMessage()).as("names a line at or just before the cut")
          .containsAnyOf("line " + line, "line " + (line - 1), "line " + (line + 1), "record");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void garbage(ListFormat format, String relative, String marker) throws IOException {
    byte[] junk = new byte[4096];
    new Random(42).nextBytes(junk);
    Path f = write("junk.bin", junk);
    assertThat(fails(f, null).getMessage()).contains("unrecognised format");
    assertThat(fails(f, format).getMessage()).containsAnyOf("UTF-8", "OpenDocument");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void wrongFormatForced(ListFormat format, String relative, String marker) throws IOException {
    String other = format == ListFormat.UN_XML ? "ofac-sdn/2024-05/sdn.csv" : "un/UN_consolidated.xml";
    Path f = write(Path.of(other).getFileName().toString(), bytes(other));
    ListImportException e = fails(f, format);
    assertThat(e.getMessage()).as(e.getMessage()).containsAnyOf("line 1", "line 2", "row 1", "not a", "OpenDocument");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void invalidUtf8(ListFormat format, String relative, String marker) throws IOException {
    if (format == ListFormat.UK_ODS) {
      return; // a zip: its XML members are checked by the XML parser inside SODS
    }
    byte[] b = bytes(relative);
    int pos = marker == null ? b.length / 2 : indexOf(b, marker);
    b[pos] = (byte) 0xff;
    Path f = write("latin-" + Path.of(relative).getFileName(), b);
    ListImportException e = fails(f, null);
    assertThat(e.getMessage()).contains("line " + lineOf(b, pos) + ":").contains("not valid UTF-8");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void emptyFile(ListFormat format, String relative, String marker) throws IOException {
    Path f = write("empty", new byte[0]);
    assertThat(fails(f, null).getMessage()).endsWith(": file is empty");
    assertThat(fails(f, format).getMessage()).endsWith(": file is empty");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void missingFile(ListFormat format, String relative, String marker) {
    Path f = dir.resolve("nope.csv");
    assertThat(fails(f, format).getMessage()).endsWith(": file not found");
  }

  @Test
  void sharedCslPartial_isRejectedWhenStrict() {
    Path f = Scan.list("bis-csl/2023-11-partial/csl.csv");
    assertThatThrownBy(() -> ListImporters.read(List.of(f), null, null))
        .isInstanceOf(ListImportException.class)
        .hasMessageEndingWith("csl.csv line " + Scan.lines("bis-csl/2023-11-partial/csl.csv", "^")
            + ": a quoted field is not closed at the end of the file: the file is truncated");
  }

  @Test
  void latin1File_isRejectedWithItsLine(@TempDir Path d) throws IOException, ListImportException {
    String text = Scan.text("eu/eu_fsf_2026-08-05_excerpt.xml");
    Path f = d.resolve("eu-latin1.xml");
    Files.write(f, text.getBytes(StandardCharsets.ISO_8859_1));
    int firstNonAscii = 0;
    while (text.charAt(firstNonAscii) < 128) {
      firstNonAscii++;
    }
    int line = text.substring(0, firstNonAscii).split("\n", -1).length;
    assertThatThrownBy(() -> ListImporters.read(List.of(f), null, null))
        .isInstanceOf(ListImportException.class)
        .hasMessageContaining("line " + line + ": not valid UTF-8");
  }

  @Test
  void ofacCsvForcedOnMalformedCsv_isAnImportError() throws IOException {
    Path f = write("odd.csv", "\"a\"b,c\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(fails(f, ListFormat.OFAC_CSV).getMessage()).contains("odd.csv line 1: not an OFAC CSV file");
  }

  @Test
  void headerOnly_isAnError() throws IOException {
    String header = Scan.text("uk/UK_Sanctions_List_2025-08-11.csv").lines().findFirst().orElseThrow();
    Path f = write("uk-header.csv", (header + "\r\n").getBytes(StandardCharsets.UTF_8));
    assertThat(fails(f, null).getMessage()).contains("no entries in the file");
  }

  @Test
  void brokenRowInTheMiddle_namesLineAndField() throws IOException {
    String text = Scan.text("uk/UK_Sanctions_List_2025-08-11.csv").replace("29-06-2012", "2012/06/29");
    Path f = write("uk.csv", text.getBytes(StandardCharsets.UTF_8));
    ListImportException e = fails(f, null);
    assertThat(e.location()).isEqualTo("line 2");
    assertThat(e.field()).isEqualTo("Date Designated");
    assertThat(e.getMessage()).contains("'2012/06/29'");
  }
}
