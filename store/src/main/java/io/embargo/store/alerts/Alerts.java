package io.embargo.store.alerts;

import io.embargo.match.ScreeningResult;
import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.Role;
import io.embargo.store.audit.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Alerts and their review: the front door for recording screening hits (from single screening, batch and
 * monitoring), deciding them (analyst), approving or returning decisions (a different reviewer: four eyes),
 * and good-guy suppressions.
 *
 * <p>Recording is idempotent per (party, list entry, entry content hash): a hit already alerted is not raised
 * again, and a pair covered by an active suppression is skipped until the entry's content changes. Every state
 * change appends to the {@link AuditTrail} in the same transaction, so a failure leaves neither a partial
 * alert nor an orphan audit record. Concurrent changes to one alert: exactly one wins, the others get
 * {@link AlertConflictException} (map it to HTTP 409).
 *
 * <p>Thread-safe. Errors: {@link IllegalArgumentException} for bad input or an unknown alert (naming the
 * field), {@link SecurityException} for a missing role or a four-eyes violation.
 */
public final class Alerts {
  /** Longest party reference accepted. */
  public static final int MAX_PARTY_REF = 200;

  private final Database db;
  private final AuditTrail audit;

  public Alerts(Database db) {
    this(db, new AuditTrail(db));
  }

  /** With a specific audit trail (clock, retention), e.g. for tests. */
  public Alerts(Database db, AuditTrail audit) {
    this.db = Objects.requireNonNull(db, "db");
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  /** One screening to record with {@link #recordAll}. */
  public record Screening(String partyRef, ScreeningResult result) {}

  /**
   * Records a screening result: the hits not alerted before and not suppressed become one new OPEN alert
   * (query, hits with scores and explanations, list versions, matcher version, threshold).
   *
   * @param partyRef the caller's stable reference of the party (customer id…), 1 to 200 characters
   * @param origin {@code screen}, {@code batch} or {@code monitor}
   * @param actor who screened; needs the analyst role ({@link Actor#SYSTEM} has it)
   */
  public RecordOutcome record(String partyRef, ScreeningResult result, String origin, Actor actor) {
    return recordAll(List.of(new Screening(partyRef, result)), origin, actor).get(0);
  }

  /** Records many results in one transaction (all or nothing), in order; for batch and monitoring. */
  public List<RecordOutcome> recordAll(List<Screening> screenings, String origin, Actor actor) {
    actor.require(Role.ANALYST);
    if (!AlertRecorder.ORIGINS.contains(origin)) {
      throw new IllegalArgumentException("origin: '" + origin + "' is not one of screen, batch, monitor");
    }
    for (Screening s : screenings) {
      requireParty(s.partyRef());
      Objects.requireNonNull(s.result(), "result");
    }
    if (screenings.stream().allMatch(s -> s.result().hits().isEmpty())) {
      return screenings.stream().map(s -> RecordOutcome.none()).toList();
    }
    return audit.inTransaction(tx -> {
      List<RecordOutcome> out = new ArrayList<>(screenings.size());
      for (Screening s : screenings) {
        out.add(s.result().hits().isEmpty() ? RecordOutcome.none()
            : AlertRecorder.record(tx, s.partyRef(), s.result(), origin, actor));
      }
      return out;
    });
  }

  /** Decides an OPEN alert. @throws AlertConflictException when it is not OPEN (someone decided first) */
  public void decide(long alertId, Verdict verdict, String reason, Actor by) {
    decide(alertId, verdict, reason, -1, by);
  }

  /** As {@link #decide(long, Verdict, String, Actor)}, and conflicts unless the alert is at {@code version}. */
  public void decide(long alertId, Verdict verdict, String reason, long version, Actor by) {
    Objects.requireNonNull(verdict, "verdict");
    audit.inTransaction(tx -> {
      AlertReview.decide(tx, alertId, verdict, reason, version, by);
      return null;
    });
  }

  /**
   * Approves a decided alert (reviewer role, not the deciding analyst). Approving a FALSE_POSITIVE creates a
   * suppression for each of its (party, entry, content hash) pairs.
   */
  public void approve(long alertId, Actor by) {
    approve(alertId, -1, by);
  }

  /** As {@link #approve(long, Actor)}, and conflicts unless the alert is at {@code version}. */
  public void approve(long alertId, long version, Actor by) {
    audit.inTransaction(tx -> {
      AlertReview.approve(tx, alertId, version, by);
      return null;
    });
  }

  /** Sends a decided alert back to OPEN with a reason (reviewer role, not the deciding analyst). */
  public void returnToAnalyst(long alertId, String reason, Actor by) {
    returnToAnalyst(alertId, reason, -1, by);
  }

  /** As {@link #returnToAnalyst(long, String, Actor)}, and conflicts unless the alert is at {@code version}. */
  public void returnToAnalyst(long alertId, String reason, long version, Actor by) {
    audit.inTransaction(tx -> {
      AlertReview.returnToAnalyst(tx, alertId, reason, version, by);
      return null;
    });
  }

  /** Alerts matching the filter, newest first. */
  public List<Alert> list(AlertFilter filter) {
    return db.jdbi().withHandle(h -> AlertQueries.list(h, filter));
  }

  /** One alert with hits and history, or empty. */
  public Optional<AlertDetail> get(long alertId) {
    return db.jdbi().inTransaction(h -> AlertQueries.get(h, alertId));
  }

  /** Every alert of a party, oldest first. */
  public List<Alert> partyHistory(String partyRef) {
    return db.jdbi().withHandle(h -> AlertQueries.party(h, partyRef));
  }

  /** Every suppression (active and revoked), oldest first. */
  public List<Suppression> suppressions() {
    return db.jdbi().withHandle(h -> Suppressions.list(h, "", null));
  }

  /** Revokes a suppression (reviewer or admin): the pair alerts again at its next screening. */
  public void revoke(long suppressionId, Actor by) {
    audit.inTransaction(tx -> {
      Suppressions.revoke(tx, suppressionId, by);
      return null;
    });
  }

  private static void requireParty(String p) {
    if (p == null || p.isBlank() || p.length() > MAX_PARTY_REF) {
      throw new IllegalArgumentException("partyRef: must be 1 to " + MAX_PARTY_REF + " characters, not blank");
    }
  }
}
