package io.embargo.model;

import java.util.Objects;

/**
 * An identifying document or number: passport, national ID, IMO number, tax ID, registration number…
 *
 * @param type the list's own label, e.g. {@code Passport}, {@code IMO}, {@code Tax ID No.}; may be null
 * @param number the number as written; never blank
 * @param country ISO-2 issuing country or null
 */
public record Identifier(String type, String number, String country) implements java.io.Serializable {
  public Identifier {
    Objects.requireNonNull(number, "identifier number");
    if (number.isBlank()) {
      throw new IllegalArgumentException("identifier number is blank");
    }
  }

  /** The number with everything but letters and digits removed, upper-cased: how numbers are compared. */
  public String normalizedNumber() {
    StringBuilder sb = new StringBuilder(number.length());
    number.codePoints().filter(Character::isLetterOrDigit)
        .forEach(cp -> sb.appendCodePoint(Character.toUpperCase(cp)));
    return sb.toString();
  }
}
