package io.embargo.store.audit;

import io.embargo.store.Actor;
import io.embargo.store.Role;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Retention purge: deletes the oldest prefix of the chain whose retention has lapsed, nothing else. */
final class Purger {
  private Purger() {}

  static PurgeResult purge(AuditTrail trail, RetentionPolicy policy, Instant asOf, Actor by) {
    by.require(Role.ADMIN);
    return trail.inTransaction(tx -> {
      var h = tx.handle();
      long lastDeletable = -1;
      String anchorHash = null;
      String blocker = null;
      try (var it = h.createQuery("SELECT seq, at_ms, regimes, hash FROM audit_log ORDER BY seq")
          .setFetchSize(1000)
          .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)})
          .iterator()) {
        while (it.hasNext()) {
          Object[] r = it.next();
          Instant at = Instant.ofEpochMilli((Long) r[1]);
          var period = policy.periodFor((String) r[2]);
          Instant until = at.atZone(ZoneOffset.UTC).plus(period).toInstant();
          if (!until.isBefore(asOf)) {
            String reg = (String) r[2];
            blocker = "record " + r[0] + " of " + at + " is under retention until " + until + " ("
                + (reg.isEmpty() ? "default" : reg) + " " + period + ")";
            break;
          }
          lastDeletable = (Long) r[0];
          anchorHash = (String) r[3];
        }
      }
      long deleted = 0;
      if (lastDeletable > 0) {
        long base = h.createQuery("SELECT base_seq FROM audit_head WHERE id = 1").mapTo(Long.class).one();
        h.createUpdate("UPDATE audit_head SET base_seq = :s, base_hash = :h WHERE id = 1")
            .bind("s", lastDeletable).bind("h", anchorHash).execute();
        deleted = h.createUpdate("DELETE FROM audit_log WHERE seq <= :s").bind("s", lastDeletable).execute();
        assert deleted == lastDeletable - base;
      }
      long total = h.createQuery("SELECT COUNT(*) FROM audit_log").mapTo(Long.class).one();
      String msg = deleted == 0
          ? "nothing deleted: all " + total + " records are under retention as of " + asOf
              + (blocker == null ? "" : "; oldest: " + blocker)
          : "deleted " + deleted + " records past retention as of " + asOf
              + (blocker == null ? "" : "; kept from " + blocker);
      tx.append(by, "audit.purge", "audit", AuditJson.of("asOf", asOf.toString(), "deleted", deleted,
          "policy", policy.toString()), List.of());
      return new PurgeResult(deleted, total + 1, msg);
    });
  }
}
