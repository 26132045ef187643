package io.embargo.store.ownership;

import io.embargo.decisions.ownership.OwnershipGraph;
import io.embargo.decisions.ownership.OwnershipLink;
import io.embargo.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The ownership links in the store (SQLite or PostgreSQL, table {@code ownership_link}). Links are kept per
 * source: importing a source replaces all its links in one transaction, so a failed import leaves the
 * previous links of that source in place and other sources untouched.
 *
 * <p>Thread-safe (each call uses its own connection / transaction).
 */
public final class OwnershipLinks {
  private final Database db;
  private final Clock clock;

  public OwnershipLinks(Database db) {
    this(db, Clock.systemUTC());
  }

  OwnershipLinks(Database db, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = clock;
  }

  /**
   * Replaces every link of each source present in {@code links} with {@code links}, atomically.
   *
   * @return the number of links stored
   */
  public int replace(List<OwnershipLink> links) {
    String now = Instant.now(clock).toString();
    return db.jdbi().inTransaction(h -> {
      for (String source : links.stream().map(OwnershipLink::source).distinct().toList()) {
        h.createUpdate("DELETE FROM ownership_link WHERE source = :s").bind("s", source).execute();
      }
      PreparedBatch b = h.prepareBatch("INSERT INTO ownership_link (source, seq, owner_name, owned_name, percent, "
          + "as_of, imported_at) VALUES (:source, :seq, :owner, :owned, :percent, :asOf, :at)");
      int seq = 0;
      for (OwnershipLink l : links) {
        b.bind("source", l.source()).bind("seq", seq++).bind("owner", l.owner()).bind("owned", l.owned())
            .bind("percent", l.percent())
            .bind("asOf", l.asOf() == null ? null : l.asOf().toString()).bind("at", now).add();
      }
      if (!links.isEmpty()) {
        b.execute();
      }
      return links.size();
    });
  }

  /** Every link, ordered by source and then file order. */
  public List<OwnershipLink> all() {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT source, owner_name, owned_name, percent, as_of "
        + "FROM ownership_link ORDER BY source, seq")
        .map((rs, ctx) -> {
          double p = rs.getDouble("percent");
          Double percent = rs.wasNull() ? null : p;
          String asOf = rs.getString("as_of");
          return new OwnershipLink(rs.getString("owner_name"), rs.getString("owned_name"), percent,
              rs.getString("source"), asOf == null ? null : LocalDate.parse(asOf));
        }).list());
  }

  /** Removes every link of {@code source}; returns how many. */
  public int deleteSource(String source) {
    return db.jdbi().withHandle(h -> h.createUpdate("DELETE FROM ownership_link WHERE source = :s")
        .bind("s", source).execute());
  }

  /** The in-memory graph of all stored links. */
  public OwnershipGraph graph() {
    return OwnershipGraph.of(all());
  }
}
