package io.embargo.model;

/**
 * A postal address; every part may be null.
 *
 * @param country ISO 3166-1 alpha-2 code in upper case, or null when the list gives none or an unknown one
 */
public record Address(String street, String city, String region, String postalCode, String country) implements java.io.Serializable {

  /** The address on one line, parts joined by ", ", nulls skipped. */
  public String oneLine() {
    StringBuilder sb = new StringBuilder();
    for (String p : new String[] {street, city, region, postalCode, country}) {
      if (p != null && !p.isBlank()) {
        sb.append(sb.length() == 0 ? "" : ", ").append(p.trim());
      }
    }
    return sb.toString();
  }
}
