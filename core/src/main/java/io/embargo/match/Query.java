package io.embargo.match;

import io.embargo.model.Countries;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.PartyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to screen: a name and, optionally, secondary facts that raise or lower a hit's score.
 * Immutable; validated on construction, so a {@code Query} that exists is screenable.
 *
 * @param name the party's name in any script; 1 to {@link #MAX_NAME_LENGTH} characters, not blank, no
 *     control characters
 * @param type party type or {@link PartyType#UNKNOWN}
 * @param country ISO-2 country (upper case) or null
 * @param dob date of birth or null
 * @param identifiers identifiers (passport, IMO, …), possibly empty
 * @param address free-text address or null
 */
public record Query(String name, PartyType type, String country, DateOfBirth dob, List<Identifier> identifiers,
    String address) {

  /** Longest name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1000;

  public Query {
    name = requireName(name);
    type = type == null ? PartyType.UNKNOWN : type;
    country = country == null || country.isBlank() ? null : Countries.require(country, "country");
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    address = address == null || address.isBlank() ? null : requireText(address, "address");
  }

  /** A name-only query. */
  public static Query of(String name) {
    return new Query(name, PartyType.UNKNOWN, null, null, List.of(), null);
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: must not be empty or whitespace only");
    }
    return requireText(name, "name");
  }

  private static String requireText(String s, String field) {
    if (s.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(field + ": too long (" + s.length() + " characters, at most "
          + MAX_NAME_LENGTH + ")");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFD'
          || (Character.isSurrogate(c) && !validSurrogateAt(s, i))) {
        throw new IllegalArgumentException(field + ": contains a control or binary character at position "
            + i + " (U+" + String.format("%04X", (int) c) + ")");
      }
    }
    return s;
  }

  private static boolean validSurrogateAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** Mutable builder; not thread-safe. Parses strings with messages that name the field. */
  public static final class Builder {
    private final String name;
    private PartyType type = PartyType.UNKNOWN;
    private String country;
    private DateOfBirth dob;
    private final List<Identifier> ids = new ArrayList<>();
    private String address;

    private Builder(String name) {
      this.name = name;
    }

    public Builder type(PartyType t) { type = t; return this; }

    /** @throws IllegalArgumentException naming the field {@code type} */
    public Builder type(String t) {
      try {
        type = PartyType.parse(t);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("type: " + e.getMessage(), e);
      }
      return this;
    }

    public Builder country(String c) { country = c; return this; }
    public Builder dob(DateOfBirth d) { dob = d; return this; }

    /** @throws IllegalArgumentException naming the field {@code dob} */
    public Builder dob(String d) {
      if (d == null || d.isBlank()) {
        dob = null;
        return this;
      }
      try {
        dob = DateOfBirth.parse(d);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("dob: " + e.getMessage(), e);
      }
      return this;
    }

    public Builder identifier(Identifier id) { ids.add(Objects.requireNonNull(id)); return this; }
    public Builder address(String a) { address = a; return this; }

    public Query build() {
      return new Query(name, type, country, dob, ids, address);
    }
  }
}
