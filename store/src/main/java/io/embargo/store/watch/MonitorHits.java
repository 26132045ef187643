package io.embargo.store.watch;

import io.embargo.match.Hit;
import io.embargo.match.ScreeningResult;
import io.embargo.store.Actor;
import io.embargo.store.Database;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The monitoring record of hits: one row per (party, entry key, entry content hash), so a hit is raised once
 * however often it is seen again. Thread-safe.
 */
public final class MonitorHits implements NewHitSink {
  private final Jdbi jdbi;

  public MonitorHits(Database db) {
    this.jdbi = db.jdbi();
  }

  @Override
  public int record(String partyRef, ScreeningResult result, String origin, Actor actor) {
    return jdbi.inTransaction(h -> {
      int n = 0;
      for (Hit hit : result.hits()) {
        n += h.createUpdate("INSERT INTO monitor_hit (party_ref, entry_key, content_hash, score, origin, created_at)"
                + " VALUES (:p, :k, :c, :s, :o, :t) ON CONFLICT (party_ref, entry_key, content_hash) DO NOTHING")
            .bind("p", partyRef).bind("k", hit.entry().key()).bind("c", hit.entry().contentHash())
            .bind("s", hit.score()).bind("o", origin).bind("t", System.currentTimeMillis()).execute();
      }
      return n;
    });
  }

  /** A raised monitoring hit. */
  public record Raised(String partyRef, String entryKey, String contentHash, double score, String origin) {}

  /** Every hit raised so far, by party then entry. */
  public List<Raised> all() {
    return jdbi.withHandle(h -> h.createQuery("SELECT party_ref, entry_key, content_hash, score, origin FROM monitor_hit"
            + " ORDER BY party_ref, entry_key, created_at")
        .map((rs, ctx) -> new Raised(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
            rs.getString(5)))
        .list());
  }
}
