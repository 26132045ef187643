package io.embargo.lists;

import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the free-text Remarks column of OFAC's legacy CSV into structured fields: dates of birth, places
 * of birth, nationality and citizenship, identifiers, {@code a.k.a. 'X'} aliases and {@code Linked To: X.}
 * references. The remarks themselves are kept verbatim on the entry as well.
 *
 * <p>Remarks are a sequence of clauses separated by {@code "; "}. Quoted aliases in remarks are OFAC's
 * <em>weak</em> AKAs (the XML puts the same names in {@code aka} with category {@code weak}), so they
 * become {@link AliasQuality#WEAK}. A clause that matches no rule is simply left in the remarks: parsing
 * is best-effort and never fails an import. Stateless and thread-safe.
 */
final class OfacRemarks {
  private static final Pattern ALIAS = Pattern.compile("^(a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.) '(.+)'\\.?$");
  private static final Pattern LINKED = Pattern.compile("^Linked To: (.+?)\\.?$");
  private static final Pattern DOB = Pattern.compile("^(?:alt\\. )?DOB (.+?)\\.?$");
  private static final Pattern POB = Pattern.compile("^(?:alt\\. )?POB (.+?)\\.?$");
  private static final Pattern NATIONALITY = Pattern.compile("^(?:alt\\. )?(?:nationality|citizen) (.+?)\\.?$");
  private static final Pattern BETWEEN = Pattern.compile("^between (\\d{4}) and (\\d{4})$");
  private static final Pattern ISO = Pattern.compile("^\\d{4}-\\d{2}(?:-\\d{2})?$");
  private static final Pattern YEAR_DASH_YEAR = Pattern.compile("^(\\d{4}) ?- ?(\\d{4})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern MONTH_YEAR = Pattern.compile("^([A-Z][a-z]{2}) (\\d{4})$");
  private static final Pattern DAY = Pattern.compile("^(\\d{1,2} [A-Z][a-z]{2} \\d{4})$");
  /** Identifier clauses: explicit short labels, or any label ending like a document number label. */
  private static final Pattern ID = Pattern.compile("^(?:alt\\. )?("
      + "Passport|IMO|MMSI|SWIFT/BIC|C\\.U\\.R\\.P\\.|R\\.F\\.C\\.|D\\.N\\.I\\.|ISIN|Cedula No\\.|RUC #|NIT #"
      + "|Vessel Registration Identification|Digital Currency Address - [A-Z0-9]+"
      + "|Unified Social Credit Code \\(USCC\\)|Aircraft Tail Number|Aircraft Manufacturer's Serial Number \\(MSN\\)"
      + "|[A-Z][A-Za-z.'/ ]{1,50}?(?: ID No\\.| No\\.| Number| #| ID| Identification)"
      + ") (?:IMO )?([A-Za-z0-9][A-Za-z0-9./:_\\- ]*?[A-Za-z0-9])"
      + "(?: \\(([^)]+)\\))?(?:,? (?:issued|expires|expiring|valid).*)?\\.?$");
  private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)
      .withResolverStyle(ResolverStyle.STRICT);

  private OfacRemarks() {}

  /** Adds to {@code b} what the remarks say. */
  static void apply(String remarks, ListEntry.Builder b) {
    if (remarks == null) {
      return;
    }
    for (String raw : remarks.split(";\\s+")) {
      String clause = raw.strip();
      if (!clause.isEmpty()) {
        clause(clause, b);
      }
    }
  }

  private static void clause(String c, ListEntry.Builder b) {
    Matcher m = ALIAS.matcher(c);
    if (m.matches()) {
      String kind = m.group(1).replace(".", "");
      b.alias(new Alias(m.group(2).strip(), AliasQuality.WEAK, kind));
      return;
    }
    m = LINKED.matcher(c);
    if (m.matches()) {
      b.linkedTo(m.group(1).strip());
      return;
    }
    m = DOB.matcher(c);
    if (m.matches()) {
      DateOfBirth d = dateOfBirth(m.group(1));
      if (d != null) {
        b.dateOfBirth(d);
      }
      return;
    }
    m = POB.matcher(c);
    if (m.matches()) {
      b.placeOfBirth(m.group(1).strip());
      return;
    }
    m = NATIONALITY.matcher(c);
    if (m.matches()) {
      b.nationality(Text.countryOrVerbatim(m.group(1)));
      return;
    }
    m = ID.matcher(c);
    // a number must hold a digit (which keeps out prose such as "Organization Type Manufacturing"),
    // except bank identifier codes, which are letters
    if (m.matches() && (m.group(2).chars().anyMatch(Character::isDigit) || m.group(1).equals("SWIFT/BIC"))) {
      b.identifier(new Identifier(m.group(1), m.group(2), Text.country(m.group(3))));
    }
  }

  /**
   * A date of birth in the forms OFAC and the CSL use: {@code 12 Jan 1960}, {@code Jan 1960}, {@code 1960},
   * {@code 1960-01-12}, {@code 1960 to 1962} (any two of these joined by {@code to}), {@code between 1960 and 1962}, {@code 1960-1962}, and {@code circa X} for any of
   * those, which widens X by a year on each side (a RANGE).
   *
   * @return null when the text is none of these forms or not a real date
   */
  static DateOfBirth dateOfBirth(String text) {
    String s = text.strip();
    try {
      Matcher m = DAY.matcher(s);
      if (m.matches()) {
        return DateOfBirth.exact(LocalDate.parse(m.group(1), DAY_FORMAT));
      }
      m = YEAR.matcher(s);
      if (m.matches()) {
        return DateOfBirth.year(Integer.parseInt(m.group(1)));
      }
      if (s.startsWith("circa ")) {
        DateOfBirth inner = dateOfBirth(s.substring(6));
        return inner == null ? null
            : DateOfBirth.years(inner.from().getYear() - 1, inner.to().getYear() + 1);
      }
      if (ISO.matcher(s).matches()) {
        return DateOfBirth.parse(s);
      }
      m = BETWEEN.matcher(s);
      if (!m.matches()) {
        m = YEAR_DASH_YEAR.matcher(s);
      }
      if (m.matches()) {
        return DateOfBirth.years(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      int to = s.indexOf(" to ");
      if (to > 0) {
        DateOfBirth a = dateOfBirth(s.substring(0, to));
        DateOfBirth b = dateOfBirth(s.substring(to + 4));
        return a == null || b == null ? null
            : new DateOfBirth(a.from(), b.to(), DateOfBirth.Precision.RANGE);
      }
      m = MONTH_YEAR.matcher(s);
      if (m.matches()) {
        LocalDate first = LocalDate.parse("1 " + s, DAY_FORMAT);
        return DateOfBirth.month(first.getYear(), first.getMonthValue());
      }
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return null; // an impossible date stays in the remarks only
    }
    return null;
  }
}
