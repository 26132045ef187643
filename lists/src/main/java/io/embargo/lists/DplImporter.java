package io.embargo.lists;

import io.embargo.model.Address;
import io.embargo.model.ListEntry;
import io.embargo.model.PartyType;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * BIS Denied Persons List, {@code dpl.txt}: tab-separated, every field quoted, one header row. The DPL has
 * no ids and lists a party once per address or order, so rows are grouped by their exact {@code Name}
 * field (kept verbatim, leading spaces included: the evaluation refers to entries by it) and their
 * addresses merged.
 *
 * <p>The id is derived from the name: upper case, accents removed, every run of other than letters and
 * digits a single space ({@code " I. ASH"} → {@code I ASH}). That is stable across versions as long as the
 * name is. When two distinct Name fields normalise alike (the 2023 file has {@code "I. ASH"} and
 * {@code " I. ASH"}), the first in sort order keeps the plain id and the others get {@code ~} plus eight hex
 * digits of the SHA-256 of their exact Name, which is again stable.
 */
final class DplImporter {
  static final String[] HEADER = {"Name", "Street_Address", "City", "State", "Country", "Postal_Code",
      "Effective_Date", "Expiration_Date", "Standard_Order", "Last_Update", "Action", "FR_Citation"};

  private static final String SOURCE_URL =
      "https://www.bis.gov/licensing/guidance-on-end-user-and-end-use-controls-and-us-person-controls";

  private DplImporter() {}

  static void read(Path f, ListCollector out) throws ListImportException {
    Map<String, Party> byName = new LinkedHashMap<>();
    Csv.readWithHeader(f, "BIS DPL", '\t', HEADER, out.options(), (r, line) -> {
      String loc = "line " + line;
      String name = r[0];
      if (name == null || name.isBlank()) {
        throw new ListImportException(f, loc, "Name", "empty name");
      }
      Party p = byName.computeIfAbsent(name, n -> new Party(loc));
      Address a = new Address(Text.clean(r[1]), Text.clean(r[2]), Text.clean(r[3]), Text.clean(r[5]),
          Text.country(r[4]));
      if (!a.oneLine().isEmpty() && !p.addresses.contains(a)) {
        p.addresses.add(a);
      }
      LocalDate effective = Text.date(r[6], "MM/dd/uuuu", f, loc, "Effective_Date");
      if (effective != null && (p.listedOn == null || effective.isBefore(p.listedOn))) {
        p.listedOn = effective;
      }
      String fr = Text.clean(r[11]);
      if (fr != null) {
        p.citations.add(fr);
      }
    });
    Map<String, String> ids = ids(byName.keySet());
    for (Map.Entry<String, Party> e : byName.entrySet()) {
      Party p = e.getValue();
      ListEntry.Builder b = ListEntry.builder(out.list(), ids.get(e.getKey())).name(e.getKey())
          .type(PartyType.UNKNOWN).listedOn(p.listedOn).sourceUrl(SOURCE_URL)
          .federalRegisterCitation(p.citations.isEmpty() ? null : String.join("; ", p.citations));
      p.addresses.forEach(b::address);
      out.add(b.build(), f, p.firstLine);
    }
  }

  /** What the rows of one Name say together. */
  private static final class Party {
    final String firstLine;
    final List<Address> addresses = new ArrayList<>();
    final Set<String> citations = new LinkedHashSet<>();
    LocalDate listedOn;

    Party(String firstLine) {
      this.firstLine = firstLine;
    }
  }

  /** Derived ids for the exact names (see the class comment). */
  static Map<String, String> ids(Iterable<String> names) {
    Map<String, TreeSet<String>> byKey = new TreeMap<>();
    for (String n : names) {
      byKey.computeIfAbsent(key(n), k -> new TreeSet<>()).add(n);
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (Map.Entry<String, TreeSet<String>> e : byKey.entrySet()) {
      boolean first = true;
      for (String n : e.getValue()) {
        ids.put(n, first ? e.getKey() : e.getKey() + "~" + FileCheck.hex(
            FileCheck.sha256().digest(n.getBytes(StandardCharsets.UTF_8))).substring(0, 8));
        first = false;
      }
    }
    return ids;
  }

  static String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String k = folded.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return k.isEmpty() ? "DPL" : k;
  }
}
