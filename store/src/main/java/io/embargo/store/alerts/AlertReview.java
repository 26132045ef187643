package io.embargo.store.alerts;

import io.embargo.store.Actor;
import io.embargo.store.Role;
import io.embargo.store.audit.AuditJson;
import io.embargo.store.audit.AuditTx;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * State changes of an alert, each a conditional UPDATE on (id, version, state): of two concurrent changes
 * exactly one matches a row, the other gets {@link AlertConflictException}. Runs inside the caller's audit
 * transaction.
 */
final class AlertReview {
  private static final int MAX_REASON = 4000;

  private AlertReview() {}

  /** The columns a state change needs. */
  private record Row(long id, AlertState state, int version, String decidedBy, String verdict, String partyRef,
      List<String> regimes) {}

  static void decide(AuditTx tx, long id, Verdict verdict, String reason, long expectedVersion, Actor by) {
    by.require(Role.ANALYST);
    String why = requireReason(reason);
    Row r = load(tx.handle(), id, expectedVersion);
    if (r.state != AlertState.OPEN) {
      throw conflict(r, "decided", "OPEN");
    }
    int n = tx.handle().createUpdate("UPDATE alerts SET state = :s, verdict = :v, reason = :r, decided_by = :by,"
            + " decided_at = :t, reviewed_by = NULL, reviewed_at = NULL, version = version + 1"
            + " WHERE id = :id AND version = :ver AND state = 'OPEN'")
        .bind("s", verdict.state().name()).bind("v", verdict.name()).bind("r", why).bind("by", by.name())
        .bind("t", tx.nowMs()).bind("id", id).bind("ver", r.version).execute();
    requireOne(n, r);
    tx.append(by, "alert.decide", "alert:" + id, AuditJson.of("verdict", verdict.name(), "reason", why,
        "version", r.version + 1), r.regimes);
  }

  static void approve(AuditTx tx, long id, long expectedVersion, Actor by) {
    Row r = reviewable(tx, id, expectedVersion, by, "approved");
    int n = tx.handle().createUpdate("UPDATE alerts SET state = 'APPROVED', reviewed_by = :by, reviewed_at = :t,"
            + " version = version + 1 WHERE id = :id AND version = :ver AND state = :s")
        .bind("by", by.name()).bind("t", tx.nowMs()).bind("id", id).bind("ver", r.version)
        .bind("s", r.state.name()).execute();
    requireOne(n, r);
    tx.append(by, "alert.approve", "alert:" + id, AuditJson.of("verdict", r.verdict, "decidedBy", r.decidedBy,
        "version", r.version + 1), r.regimes);
    if (r.state == AlertState.FALSE_POSITIVE) {
      Suppressions.createFor(tx, id, r.partyRef, r.decidedBy, by, r.regimes);
    }
  }

  static void returnToAnalyst(AuditTx tx, long id, String reason, long expectedVersion, Actor by) {
    String why = requireReason(reason);
    Row r = reviewable(tx, id, expectedVersion, by, "returned");
    int n = tx.handle().createUpdate("UPDATE alerts SET state = 'OPEN', reason = :r, reviewed_by = :by,"
            + " reviewed_at = :t, version = version + 1 WHERE id = :id AND version = :ver AND state = :s")
        .bind("r", why).bind("by", by.name()).bind("t", tx.nowMs()).bind("id", id).bind("ver", r.version)
        .bind("s", r.state.name()).execute();
    requireOne(n, r);
    tx.append(by, "alert.return", "alert:" + id, AuditJson.of("verdict", r.verdict, "decidedBy", r.decidedBy,
        "reason", why, "version", r.version + 1), r.regimes);
  }

  /** Four eyes: a reviewer, not the analyst who decided, on an alert awaiting review. */
  private static Row reviewable(AuditTx tx, long id, long expectedVersion, Actor by, String what) {
    by.require(Role.REVIEWER);
    Row r = load(tx.handle(), id, expectedVersion);
    if (!r.state.awaitingReview()) {
      throw conflict(r, what, "decided (TRUE_MATCH, FALSE_POSITIVE or ESCALATED)");
    }
    if (by.name().equals(r.decidedBy)) {
      throw new SecurityException("four eyes: user '" + by.name() + "' decided alert " + id
          + " and cannot also review it; another reviewer must");
    }
    return r;
  }

  private static Row load(Handle h, long id, long expectedVersion) {
    Row r = h.createQuery("SELECT id, state, version, decided_by, verdict, party_ref, regimes FROM alerts"
            + " WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> new Row(rs.getLong(1), AlertState.valueOf(rs.getString(2)), rs.getInt(3),
            rs.getString(4), rs.getString(5), rs.getString(6),
            Arrays.stream(rs.getString(7).split(",")).filter(s -> !s.isEmpty()).toList()))
        .findOne()
        .orElseThrow(() -> new IllegalArgumentException("alert: no alert " + id));
    if (expectedVersion >= 0 && r.version != expectedVersion) {
      throw new AlertConflictException("conflict: alert " + id + " is at version " + r.version + " (" + r.state
          + "), not " + expectedVersion + ": someone changed it first; reload it");
    }
    return r;
  }

  private static void requireOne(int updated, Row r) {
    if (updated != 1) {
      throw new AlertConflictException("conflict: alert " + r.id + " was changed by someone else at the same"
          + " time; reload it");
    }
  }

  private static AlertConflictException conflict(Row r, String what, String needed) {
    return new AlertConflictException("conflict: alert " + r.id + " is " + r.state
        + (r.decidedBy == null ? "" : " (decided by " + r.decidedBy + ")") + "; it can only be " + what
        + " when " + needed);
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason: required");
    }
    if (reason.length() > MAX_REASON) {
      throw new IllegalArgumentException("reason: too long (" + reason.length() + " characters, at most "
          + MAX_REASON + ")");
    }
    return reason.strip();
  }
}
