package io.embargo.store.watch;

import io.embargo.match.Query;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.PartyType;
import java.util.List;
import java.util.Objects;

/**
 * One of the user's own parties (customer, supplier, consignee) kept under continuous screening.
 * Validated on construction (through {@link Query}), so a stored party is always screenable.
 *
 * @param ref the user's own id for the party, unique in the watch list
 * @param name the party's name
 * @param type party type
 * @param country ISO-2 country or null
 * @param dob date of birth or null
 * @param identifiers identifiers, possibly empty
 * @param address free-text address or null
 */
public record WatchedParty(String ref, String name, PartyType type, String country, DateOfBirth dob,
    List<Identifier> identifiers, String address) {
  public WatchedParty {
    Objects.requireNonNull(ref, "id");
    if (ref.isBlank() || ref.length() > 200) {
      throw new IllegalArgumentException("id: must be 1 to 200 characters");
    }
    type = type == null ? PartyType.UNKNOWN : type;
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    country = toQuery(name, type, country, dob, identifiers, address).country();
  }

  /** The query that screens this party. */
  public Query toQuery() {
    return toQuery(name, type, country, dob, identifiers, address);
  }

  private static Query toQuery(String name, PartyType type, String country, DateOfBirth dob,
      List<Identifier> ids, String address) {
    return new Query(name, type, country, dob, ids, address);
  }
}
