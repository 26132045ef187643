package io.embargo.store.alerts;

import static io.embargo.store.alerts.Fixtures.ANALYST;
import static io.embargo.store.alerts.Fixtures.ANALYST2;
import static io.embargo.store.alerts.Fixtures.BOTH;
import static io.embargo.store.alerts.Fixtures.CANDIRU;
import static io.embargo.store.alerts.Fixtures.NSO;
import static io.embargo.store.alerts.Fixtures.REVIEWER;
import static io.embargo.store.alerts.Fixtures.SDN;
import static io.embargo.store.alerts.Fixtures.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.embargo.store.Actor;
import io.embargo.store.DatabaseTestBase;
import io.embargo.store.TestDb;
import io.embargo.store.audit.AuditRecord;
import io.embargo.store.audit.AuditTrail;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AlertsTest {
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
    Alerts alerts() {
      return new Alerts(db);
    }

    long open(Alerts a, String party) {
      return a.record(party, result("NSO Group Ltd", NSO), "screen", ANALYST).alertId().orElseThrow();
    }

    // --- recording

    @Test
    void record_storesQueryHitsVersionsAndHistory() {
      Alerts a = alerts();
      RecordOutcome o = a.record("cust-1", result("NSO Group Ltd", NSO, SDN), "screen", ANALYST);
      assertThat(o.newHits()).isEqualTo(2);
      AlertDetail d = a.get(o.alertId().orElseThrow()).orElseThrow();
      assertThat(d.alert().state()).isEqualTo(AlertState.OPEN);
      assertThat(d.alert().lists()).containsExactly("bis-el", "ofac-sdn");
      assertThat(d.hits()).extracting(AlertHit::entryKey).containsExactly("bis-el:nso", "ofac-sdn:12345");
      assertThat(d.hits().get(0).contentHash()).isEqualTo(NSO.contentHash());
      assertThat(d.hits().get(0).hitJson()).contains("\"score\":0.93").contains("test hit");
      assertThat(d.queryJson()).contains("NSO Group Ltd");
      assertThat(d.listVersionsJson()).contains("\"list\":\"bis-el\"");
      assertThat(d.matcherVersion()).isEqualTo("test-matcher-1");
      assertThat(d.threshold()).isEqualTo(0.85);
      assertThat(d.history()).extracting(AuditRecord::action).containsExactly("alert.record");
      assertThat(d.history().get(0).regimes()).isEqualTo("EAR,OFAC");
    }

    @Test
    void record_sameHitAgain_isNotRaisedAgain_butANewEntryIs() {
      Alerts a = alerts();
      open(a, "cust-1");
      RecordOutcome again = a.record("cust-1", result("NSO Group", NSO), "monitor", ANALYST);
      assertThat(again).isEqualTo(new RecordOutcome(Optional.empty(), 0, 1, 0));
      RecordOutcome more = a.record("cust-1", result("NSO Group", NSO, CANDIRU), "monitor", ANALYST);
      assertThat(more.newHits()).isEqualTo(1);
      assertThat(more.alreadyAlerted()).isEqualTo(1);
      assertThat(a.get(more.alertId().orElseThrow()).orElseThrow().hits()).extracting(AlertHit::entryKey)
          .containsExactly("bis-el:candiru");
      // another party is another pair
      assertThat(a.record("cust-2", result("NSO", NSO), "batch", ANALYST).newHits()).isEqualTo(1);
    }

    @Test
    void record_noHits_writesNothing() {
      Alerts a = alerts();
      assertThat(a.record("cust-1", result("Nobody"), "screen", ANALYST).alertId()).isEmpty();
      assertThat(a.list(AlertFilter.all())).isEmpty();
    }

    @Test
    void record_needsAnalystRole_andValidOrigin() {
      Alerts a = alerts();
      assertThatThrownBy(() -> a.record("c", result("x", NSO), "screen", REVIEWER))
          .isInstanceOf(SecurityException.class).hasMessageContaining("analyst");
      assertThatThrownBy(() -> a.record("c", result("x", NSO), "web", ANALYST))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("origin");
      assertThatThrownBy(() -> a.record(" ", result("x", NSO), "screen", ANALYST))
          .hasMessageContaining("partyRef");
      assertThat(a.list(AlertFilter.all())).isEmpty();
    }

    // --- four eyes

    @Test
    void approve_bySameUserWhoDecided_isRefused() {
      Alerts a = alerts();
      long id = open(a, "cust-1");
      a.decide(id, Verdict.TRUE_MATCH, "same registry number", BOTH);
      assertThatThrownBy(() -> a.approve(id, BOTH)).isInstanceOf(SecurityException.class)
          .hasMessageContaining("four eyes");
      assertThatThrownBy(() -> a.returnToAnalyst(id, "no", BOTH)).isInstanceOf(SecurityException.class);
      assertThat(a.get(id).orElseThrow().alert().state()).isEqualTo(AlertState.TRUE_MATCH);
    }

    @Test
    void approve_byAnalystWithoutReviewerRole_isRefused() {
      Alerts a = alerts();
      long id = open(a, "cust-1");
      a.decide(id, Verdict.TRUE_MATCH, "same address", ANALYST);
      assertThatThrownBy(() -> a.approve(id, ANALYST2)).isInstanceOf(SecurityException.class)
          .hasMessageContaining("reviewer");
      assertThatThrownBy(() -> a.decide(id, Verdict.FALSE_POSITIVE, "x", REVIEWER))
          .isInstanceOf(SecurityException.class);
    }

    @Test
    void decideApproveAndReturn_followTheStateMachine_andAreAudited() {
      Alerts a = alerts();
      long id = open(a, "cust-1");
      assertThatThrownBy(() -> a.decide(id, Verdict.TRUE_MATCH, "  ", ANALYST)).hasMessageContaining("reason");
      assertThatThrownBy(() -> a.approve(id, REVIEWER)).isInstanceOf(AlertConflictException.class);
      a.decide(id, Verdict.ESCALATED, "needs legal", ANALYST);
      a.returnToAnalyst(id, "check the address first", REVIEWER);
      Alert back = a.get(id).orElseThrow().alert();
      assertThat(back.state()).isEqualTo(AlertState.OPEN);
      assertThat(back.reason()).isEqualTo("check the address first");
      a.decide(id, Verdict.TRUE_MATCH, "address matches", ANALYST);
      a.approve(id, REVIEWER);
      AlertDetail d = a.get(id).orElseThrow();
      assertThat(d.alert().state()).isEqualTo(AlertState.APPROVED);
      assertThat(d.alert().verdict()).isEqualTo(Verdict.TRUE_MATCH);
      assertThat(d.alert().reviewedBy()).isEqualTo("rita");
      assertThat(d.alert().version()).isEqualTo(4);
      assertThat(d.history()).extracting(AuditRecord::action)
          .containsExactly("alert.record", "alert.decide", "alert.return", "alert.decide", "alert.approve");
      assertThat(d.history()).extracting(AuditRecord::actor).containsExactly("ann", "ann", "rita", "ann", "rita");
      assertThatThrownBy(() -> a.decide(id, Verdict.FALSE_POSITIVE, "again", ANALYST))
          .isInstanceOf(AlertConflictException.class).hasMessageContaining("APPROVED");
      assertThat(new AuditTrail(db).verify().ok()).isTrue();
    }

    @Test
    void decide_withStaleVersion_conflicts() {
      Alerts a = alerts();
      long id = open(a, "cust-1");
      a.decide(id, Verdict.ESCALATED, "unsure", 0, ANALYST);
      a.returnToAnalyst(id, "decide it", 1, REVIEWER);
      assertThatThrownBy(() -> a.decide(id, Verdict.TRUE_MATCH, "stale page", 0, ANALYST2))
          .isInstanceOf(AlertConflictException.class).hasMessageContaining("version 2");
    }

    @Test
    void unknownAlert_isBadInput() {
      assertThatThrownBy(() -> alerts().decide(999, Verdict.TRUE_MATCH, "x", ANALYST))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no alert 999");
      assertThat(alerts().get(999)).isEmpty();
    }

    // --- listing

    @Test
    void list_filtersByStateListOriginPartyAndPages() {
      Alerts a = alerts();
      long a1 = open(a, "p1");
      long a2 = a.record("p2", result("Positive", SDN), "batch", ANALYST).alertId().orElseThrow();
      long a3 = a.record("p3", result("Candiru", CANDIRU), "monitor", ANALYST).alertId().orElseThrow();
      a.decide(a2, Verdict.FALSE_POSITIVE, "different company", ANALYST);
      assertThat(a.list(AlertFilter.all())).extracting(Alert::id).containsExactly(a3, a2, a1);
      assertThat(a.list(AlertFilter.all().withState(AlertState.OPEN))).extracting(Alert::id)
          .containsExactly(a3, a1);
      assertThat(a.list(AlertFilter.all().withList("ofac-sdn"))).extracting(Alert::id).containsExactly(a2);
      assertThat(a.list(AlertFilter.all().withOrigin("monitor"))).extracting(Alert::id).containsExactly(a3);
      assertThat(a.list(AlertFilter.all().withParty("p1"))).extracting(Alert::id).containsExactly(a1);
      assertThat(a.list(AlertFilter.all().withPage(1, 1))).extracting(Alert::id).containsExactly(a2);
      assertThat(a.list(AlertFilter.all().withRange(java.time.Instant.now().plusSeconds(60), null))).isEmpty();
      assertThat(a.partyHistory("p2")).extracting(Alert::id).containsExactly(a2);
      assertThatThrownBy(() -> AlertFilter.all().withPage(0, 0)).hasMessageContaining("limit");
    }

    // --- suppressions

    @Test
    void approvedFalsePositive_suppressesThePair_untilTheEntryChanges() {
      Alerts a = alerts();
      long id = open(a, "cust-1");
      a.decide(id, Verdict.FALSE_POSITIVE, "different company, Cyprus", ANALYST);
      a.approve(id, REVIEWER);
      List<Suppression> s = a.suppressions();
      assertThat(s).singleElement().satisfies(x -> {
        assertThat(x.partyRef()).isEqualTo("cust-1");
        assertThat(x.entryKey()).isEqualTo("bis-el:nso");
        assertThat(x.decidedBy()).isEqualTo("ann");
        assertThat(x.approvedBy()).isEqualTo("rita");
        assertThat(x.active()).isTrue();
      });

      assertThat(a.record("cust-1", result("NSO Group Ltd", NSO), "monitor", Actor.SYSTEM))
          .isEqualTo(new RecordOutcome(Optional.empty(), 0, 0, 1));
      // another party is not covered
      assertThat(a.record("cust-9", result("NSO Group Ltd", NSO), "monitor", Actor.SYSTEM).newHits()).isEqualTo(1);
      // the entry changes in a new list version: the alert comes back
      RecordOutcome changed = a.record("cust-1", result("NSO Group Ltd", Fixtures.amended(NSO)), "monitor",
          Actor.SYSTEM);
      assertThat(changed.newHits()).isEqualTo(1);
      assertThat(changed.suppressed()).isZero();
    }

    @Test
    void revokedSuppression_alertsAgain() {
      Alerts a = alerts();
      long id = open(a, "cust-1");
      a.decide(id, Verdict.FALSE_POSITIVE, "not them", ANALYST);
      a.approve(id, REVIEWER);
      long sid = a.suppressions().get(0).id();
      assertThatThrownBy(() -> a.revoke(sid, ANALYST)).isInstanceOf(SecurityException.class);
      a.revoke(sid, REVIEWER);
      assertThat(a.suppressions().get(0).active()).isFalse();
      assertThat(a.suppressions().get(0).revokedBy()).isEqualTo("rita");
      assertThatThrownBy(() -> a.revoke(sid, REVIEWER)).isInstanceOf(AlertConflictException.class);
      assertThat(a.record("cust-1", result("NSO Group Ltd", NSO), "monitor", Actor.SYSTEM).newHits()).isEqualTo(1);
    }

    @Test
    void approvedTrueMatch_createsNoSuppression() {
      Alerts a = alerts();
      long id = open(a, "cust-1");
      a.decide(id, Verdict.TRUE_MATCH, "it is them", ANALYST);
      a.approve(id, REVIEWER);
      assertThat(a.suppressions()).isEmpty();
      assertThat(a.record("cust-1", result("NSO", NSO), "monitor", Actor.SYSTEM).alreadyAlerted()).isEqualTo(1);
    }
  }
}
