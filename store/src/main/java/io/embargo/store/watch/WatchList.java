package io.embargo.store.watch;

import io.embargo.model.DateOfBirth;
import io.embargo.model.PartyType;
import io.embargo.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The watch list: the user's own parties under continuous screening. Parties are keyed by their id; adding
 * a party with an existing id replaces it. Thread-safe (state lives in the database).
 */
public final class WatchList {
  private static final int BATCH = 2000;
  private final Jdbi jdbi;

  public WatchList(Database db) {
    this.jdbi = db.jdbi();
  }

  /**
   * Reads a CSV (header with {@code id, name} and optionally {@code type, country, dob, identifiers,
   * address}) and stores every party, all or nothing.
   *
   * @return the number of parties read
   * @throws IllegalArgumentException naming the file, line and field of the first bad value
   */
  public int importCsv(Path csv) {
    List<WatchedParty> parties = WatchCsv.read(csv);
    upsert(parties);
    return parties.size();
  }

  /** Adds or replaces parties, in one transaction. */
  public void upsert(Collection<WatchedParty> parties) {
    long now = System.currentTimeMillis();
    jdbi.useTransaction(h -> {
      PreparedBatch b = h.prepareBatch("INSERT INTO watch_party (party_ref, name, party_type, country, dob,"
          + " identifiers, address, updated_at) VALUES (:r, :n, :t, :c, :d, :i, :a, :u) ON CONFLICT (party_ref) DO UPDATE"
          + " SET name = excluded.name, party_type = excluded.party_type, country = excluded.country,"
          + " dob = excluded.dob, identifiers = excluded.identifiers, address = excluded.address,"
          + " updated_at = excluded.updated_at");
      for (WatchedParty p : parties) {
        b.bind("r", p.ref()).bind("n", p.name()).bind("t", p.type().code()).bind("c", p.country())
            .bind("d", p.dob() == null ? null : p.dob().toString()).bind("i", WatchCsv.formatIds(p.identifiers()))
            .bind("a", p.address()).bind("u", now).add();
        if (b.size() >= BATCH) {
          b.execute();
        }
      }
      if (b.size() > 0) {
        b.execute();
      }
    });
  }

  /** Number of watched parties. */
  public long count() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM watch_party").mapTo(Long.class).one());
  }

  /**
   * Up to {@code limit} parties with ids after {@code afterRef}, in id order: keyset paging, so a re-screen
   * can checkpoint the last id done and resume there.
   *
   * @param afterRef the last id already seen, or null to start at the beginning
   */
  public List<WatchedParty> page(String afterRef, int limit) {
    return jdbi.withHandle(h -> h.createQuery("SELECT party_ref, name, party_type, country, dob, identifiers, address"
            + " FROM watch_party WHERE party_ref > :after ORDER BY party_ref LIMIT :n")
        .bind("after", afterRef == null ? "" : afterRef).bind("n", limit)
        .map((rs, ctx) -> {
          String dob = rs.getString(5);
          return new WatchedParty(rs.getString(1), rs.getString(2), PartyType.parse(rs.getString(3)),
              rs.getString(4), dob == null ? null : DateOfBirth.parse(dob), WatchCsv.parseIds(rs.getString(6)),
              rs.getString(7));
        })
        .list());
  }

  /** Every watched party, in id order (small lists; use {@link #page} for large ones). */
  public List<WatchedParty> all() {
    List<WatchedParty> out = new ArrayList<>();
    String after = null;
    for (List<WatchedParty> p = page(null, 10_000); !p.isEmpty(); p = page(after, 10_000)) {
      out.addAll(p);
      after = p.get(p.size() - 1).ref();
    }
    return out;
  }
}
