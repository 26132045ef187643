package io.embargo.store.alerts;

import static io.embargo.store.alerts.Fixtures.ANALYST;
import static io.embargo.store.alerts.Fixtures.CANDIRU;
import static io.embargo.store.alerts.Fixtures.NSO;
import static io.embargo.store.alerts.Fixtures.REVIEWER;
import static io.embargo.store.alerts.Fixtures.SDN;
import static io.embargo.store.alerts.Fixtures.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.embargo.store.DatabaseTestBase;
import io.embargo.store.TestDb;
import io.embargo.store.audit.AuditTrail;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A failure in the middle of a write leaves no partial alert, no orphan audit record, no stray pair. */
class AlertCrashSafetyTest {
  @Nested
  class OnSqlite extends Cases {
    @Override protected TestDb open(Path dir) { return TestDb.sqlite(dir); }
  }

  @Nested
  @Tag("postgres")
  class OnPostgres extends Cases {
    @Override protected TestDb open(Path dir) { return TestDb.postgres(); }
  }

  abstract static class Cases extends DatabaseTestBase {
    long count(String table) {
      return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Test
    void exceptionAfterTheAlertIsWritten_rollsEverythingBack() {
      AuditTrail trail = new AuditTrail(db);
      assertThatThrownBy(() -> trail.inTransaction(tx -> {
        RecordOutcome o = AlertRecorder.record(tx, "cust-1", result("NSO", NSO, SDN), "screen", ANALYST);
        assertThat(o.newHits()).isEqualTo(2); // written inside the transaction…
        throw new IllegalStateException("simulated crash");
      })).hasMessage("simulated crash");
      // …and gone after the failure
      for (String t : List.of("alerts", "alert_hits", "alerted_pairs", "audit_log")) {
        assertThat(count(t)).as(t).isZero();
      }
      assertThat(trail.verify().ok()).isTrue();
      // the same screening records normally afterwards
      assertThat(new Alerts(db).record("cust-1", result("NSO", NSO), "screen", ANALYST).newHits()).isEqualTo(1);
      assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void failingBatch_recordsNoneOfIt() {
      Alerts a = new Alerts(db);
      var good = new Alerts.Screening("ok", result("Candiru", CANDIRU));
      var bad = new Alerts.Screening("x".repeat(Alerts.MAX_PARTY_REF + 1), result("NSO", NSO));
      assertThatThrownBy(() -> a.recordAll(List.of(good, bad), "batch", ANALYST))
          .hasMessageContaining("partyRef");
      assertThat(count("alerts")).isZero();
    }

    @Test
    void failureWhileApprovingAFalsePositive_leavesTheAlertDecidedAndNoSuppression() {
      Alerts a = new Alerts(db);
      long id = a.record("cust-1", result("NSO", NSO), "screen", ANALYST).alertId().orElseThrow();
      a.decide(id, Verdict.FALSE_POSITIVE, "not them", ANALYST);
      long auditBefore = count("audit_log");
      AuditTrail trail = new AuditTrail(db);
      assertThatThrownBy(() -> trail.inTransaction(tx -> {
        AlertReview.approve(tx, id, -1, REVIEWER);
        throw new IllegalStateException("simulated crash");
      })).hasMessage("simulated crash");
      assertThat(a.get(id).orElseThrow().alert().state()).isEqualTo(AlertState.FALSE_POSITIVE);
      assertThat(a.suppressions()).isEmpty();
      assertThat(count("audit_log")).isEqualTo(auditBefore);
      assertThat(trail.verify().ok()).isTrue();
    }
  }
}
