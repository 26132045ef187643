package io.embargo.store.alerts;

import io.embargo.store.Actor;
import io.embargo.store.Role;
import io.embargo.store.audit.AuditJson;
import io.embargo.store.audit.AuditTx;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Good-guy suppressions: created when a false positive is approved, revoked by a reviewer or an admin. */
final class Suppressions {
  private Suppressions() {}

  static void createFor(AuditTx tx, long alertId, String partyRef, String decidedBy, Actor approver,
      List<String> regimes) {
    Handle h = tx.handle();
    List<String[]> pairs = h.createQuery("SELECT entry_key, content_hash FROM alert_hits WHERE alert_id = :a"
            + " ORDER BY ord")
        .bind("a", alertId).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    for (String[] p : pairs) {
      long id = h.createUpdate("INSERT INTO suppressions (party_ref, entry_key, content_hash, alert_id, decided_by,"
              + " approved_by, created_at) VALUES (:p, :k, :c, :a, :d, :by, :t)")
          .bind("p", partyRef).bind("k", p[0]).bind("c", p[1]).bind("a", alertId).bind("d", decidedBy)
          .bind("by", approver.name()).bind("t", tx.nowMs())
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      tx.append(approver, "suppression.create", "suppression:" + id, AuditJson.of("alert", alertId,
          "partyRef", partyRef, "entry", p[0], "contentHash", p[1]), regimes);
    }
  }

  static void revoke(AuditTx tx, long id, Actor by) {
    if (!by.has(Role.REVIEWER) && !by.has(Role.ADMIN)) {
      throw new SecurityException("user '" + by.name() + "' lacks the reviewer or admin role");
    }
    Handle h = tx.handle();
    Suppression s = list(h, " WHERE id = :id", id).stream().findFirst()
        .orElseThrow(() -> new IllegalArgumentException("suppression: no suppression " + id));
    if (!s.active()) {
      throw new AlertConflictException("conflict: suppression " + id + " was already revoked by " + s.revokedBy());
    }
    int n = h.createUpdate("UPDATE suppressions SET revoked_by = :by, revoked_at = :t WHERE id = :id"
            + " AND revoked_at IS NULL")
        .bind("by", by.name()).bind("t", tx.nowMs()).bind("id", id).execute();
    if (n != 1) {
      throw new AlertConflictException("conflict: suppression " + id + " was revoked by someone else");
    }
    // The pair alerts again at the next screening.
    h.createUpdate("DELETE FROM alerted_pairs WHERE party_ref = :p AND entry_key = :k AND content_hash = :c")
        .bind("p", s.partyRef()).bind("k", s.entryKey()).bind("c", s.contentHash()).execute();
    tx.append(by, "suppression.revoke", "suppression:" + id, AuditJson.of("alert", s.alertId(),
        "partyRef", s.partyRef(), "entry", s.entryKey()), List.of());
  }

  static List<Suppression> list(Handle h, String where, Object arg) {
    var q = h.createQuery("SELECT id, party_ref, entry_key, content_hash, alert_id, decided_by, approved_by,"
        + " created_at, revoked_by, revoked_at FROM suppressions" + where + " ORDER BY id");
    if (arg != null) {
      q.bind("id", arg);
    }
    return q.map((rs, ctx) -> {
      long revokedAt = rs.getLong(10);
      boolean revoked = !rs.wasNull();
      return new Suppression(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
          rs.getString(6), rs.getString(7), Instant.ofEpochMilli(rs.getLong(8)), rs.getString(9),
          revoked ? Instant.ofEpochMilli(revokedAt) : null);
    }).list();
  }
}
