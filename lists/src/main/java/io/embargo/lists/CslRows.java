package io.embargo.lists;

import io.embargo.model.Address;
import io.embargo.model.Countries;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import io.embargo.model.PartyType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mapping shared by the two CSL formats (CSV and JSON): the source abbreviation, party type, and the
 * {@code street, city, state, postal, CC} address strings of the CSV.
 */
final class CslRows {
  private static final Pattern PARENS = Pattern.compile("\\(([^)]+)\\)");
  private static final Pattern POSTAL = Pattern.compile(".*\\d.*");

  private CslRows() {}

  /**
   * The abbreviation in a CSL {@code source} string: {@code EL}, {@code SDN}, {@code DPL}, {@code UVL},
   * {@code MEU}, {@code SSI}, {@code ISN}, {@code DTC}, {@code PLC}, {@code CMIC}, {@code MBS}, {@code FSE},
   * {@code CAP}. The menu-based list writes {@code (NS-MBS List)}; its abbreviation is {@code MBS}.
   *
   * @return the abbreviation, or null when the string has none
   */
  static String sourceProgram(String source) {
    if (source == null) {
      return null;
    }
    Matcher m = PARENS.matcher(source);
    if (!m.find()) {
      return null;
    }
    String abbr = m.group(1).replace(" List", "").strip();
    if (abbr.startsWith("NS-")) {
      abbr = abbr.substring(3);
    }
    return abbr;
  }

  /** CSL {@code type}: Individual, Entity, Vessel, Aircraft, or blank (Entity List rows) → UNKNOWN. */
  static PartyType type(String t) {
    String c = Text.clean(t);
    if (c == null) {
      return PartyType.UNKNOWN;
    }
    return PartyType.parse(c);
  }

  /**
   * One CSV address {@code street…, city, state, postal, CC}. The parts are positional from the end: the
   * last part is the country when it is an ISO-2 code, a part with a digit just before it is the postal
   * code, the part before that is the city; what is left is the street. The state cannot be told apart
   * from the city reliably, so only an unambiguous layout fills it.
   */
  static Address address(String text) {
    List<String> parts = Text.split(text, ", ");
    String country = null;
    if (!parts.isEmpty() && Countries.isKnown(parts.get(parts.size() - 1))) {
      country = parts.remove(parts.size() - 1);
    }
    String postal = null;
    if (parts.size() >= 2 && POSTAL.matcher(parts.get(parts.size() - 1)).matches()
        && parts.get(parts.size() - 1).length() <= 12) {
      postal = parts.remove(parts.size() - 1);
    }
    String city = null;
    if (!parts.isEmpty() && (parts.size() >= 2 || country != null)) {
      city = parts.remove(parts.size() - 1);
    }
    String street = parts.isEmpty() ? null : String.join(", ", parts);
    if (street == null && city == null && postal == null && country == null) {
      return null;
    }
    return new Address(street, city, null, postal, country);
  }

  /** {@code type, number, CC} (the number may itself hold commas); null when there is no number. */
  static Identifier identifier(String text) {
    List<String> parts = Text.split(text, ", ");
    if (parts.size() < 2) {
      return null;
    }
    String type = parts.remove(0);
    String country = null;
    if (parts.size() >= 2 && Countries.isKnown(parts.get(parts.size() - 1))) {
      country = parts.remove(parts.size() - 1);
    }
    return new Identifier(type, String.join(", ", parts), country);
  }

  static void addresses(String text, ListEntry.Builder b) {
    for (String one : Text.split(text, "; ")) {
      Address a = address(one);
      if (a != null) {
        b.address(a);
      }
    }
  }
}
