package io.embargo.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.embargo.store.Actor;
import io.embargo.store.DatabaseTestBase;
import io.embargo.store.Role;
import io.embargo.store.TestDb;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AuditTrailTest {
  @Nested
  class OnSqlite extends Cases {
    @Override protected TestDb open(Path dir) { return TestDb.sqlite(dir); }
    @Override void dropGuard() {
      db.jdbi().useHandle(h -> {
        h.execute("DROP TRIGGER audit_log_no_update");
        h.execute("DROP TRIGGER audit_log_no_delete");
      });
    }
  }

  @Nested
  @Tag("postgres")
  class OnPostgres extends Cases {
    @Override protected TestDb open(Path dir) { return TestDb.postgres(); }
    @Override void dropGuard() {
      db.jdbi().useHandle(h -> h.execute("DROP TRIGGER audit_log_guard ON audit_log"));
    }
  }

  abstract static class Cases extends DatabaseTestBase {
    static final Actor ANN = new Actor("ann", Set.of(Role.ANALYST));
    static final Actor ADMIN = new Actor("root", Set.of(Role.ADMIN));
    static final Instant T0 = Instant.parse("2014-03-01T10:00:00Z");

    /** Removes the protective triggers, as someone editing the database by hand would. */
    abstract void dropGuard();

    AuditTrail trail() {
      return new AuditTrail(db);
    }

    void appendSome(AuditTrail t, int n) {
      for (int i = 1; i <= n; i++) {
        t.append(ANN, "alert.decide", "alert:" + i, AuditJson.of("verdict", "FALSE_POSITIVE", "n", i));
      }
    }

    static void assertIntact(VerifyResult v, long records) {
      assertThat(v.ok()).as(v.summary()).isTrue();
      assertThat(v.recordsChecked()).isEqualTo(records);
      assertThat(v.firstBrokenSeq()).isEqualTo(-1);
      assertThat(v.tipHash()).hasSize(64);
    }

    int sql(String statement) {
      return db.jdbi().withHandle(h -> h.createUpdate(statement).execute());
    }

    // --- chain

    @Test
    void appendedRecords_formAnIntactChain() {
      AuditTrail t = trail();
      appendSome(t, 5);
      VerifyResult v = t.verify();
      assertIntact(v, 5);
      List<AuditRecord> rs = t.records(Instant.EPOCH, Instant.now().plusSeconds(5));
      assertThat(rs).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
      assertThat(rs.get(0).prevHash()).isEqualTo("0".repeat(64));
      for (int i = 1; i < rs.size(); i++) {
        assertThat(rs.get(i).prevHash()).isEqualTo(rs.get(i - 1).hash());
      }
      assertThat(v.tipHash()).isEqualTo(rs.get(4).hash());
    }

    @Test
    void emptyTrail_verifies() {
      assertThat(trail().verify().ok()).isTrue();
    }

    @Test
    void concurrentAppends_neverFork() throws Exception {
      AuditTrail t = trail();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> fs = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
          fs.add(pool.submit(() -> appendSome(t, 25)));
        }
        for (Future<?> f : fs) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertIntact(t.verify(), 100);
    }

    // --- tampering

    @Test
    void databaseRefusesUpdateAndDelete() {
      AuditTrail t = trail();
      appendSome(t, 2);
      assertThatThrownBy(() -> sql("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> sql("DELETE FROM audit_log WHERE seq = 2")).hasMessageContaining("append-only");
      assertThat(t.verify().ok()).isTrue();
    }

    @Test
    void editedRecord_isNamedByVerify() {
      AuditTrail t = trail();
      appendSome(t, 10);
      dropGuard();
      assertThat(sql("UPDATE audit_log SET details = '{\"verdict\":\"TRUE_MATCH\",\"n\":7}' WHERE seq = 7"))
          .isEqualTo(1);
      VerifyResult v = t.verify();
      assertThat(v.ok()).isFalse();
      assertThat(v.firstBrokenSeq()).isEqualTo(7);
      assertThat(v.reason()).contains("changed");
      assertThat(v.summary()).contains("BROKEN at record 7");
    }

    @Test
    void editedRecordWithRecomputedHash_isCaughtAtTheNextLink() {
      AuditTrail t = trail();
      appendSome(t, 5);
      dropGuard();
      AuditRecord r3 = t.records(Instant.EPOCH, Instant.now().plusSeconds(5)).get(2);
      String forged = new ChainHash().of(3, r3.at().toEpochMilli(), "mallory", r3.action(), r3.subject(),
          r3.details(), r3.regimes(), r3.prevHash());
      sql("UPDATE audit_log SET actor = 'mallory', hash = '" + forged + "' WHERE seq = 3");
      VerifyResult v = t.verify();
      assertThat(v.firstBrokenSeq()).isEqualTo(4);
      assertThat(v.reason()).contains("prev_hash");
    }

    @Test
    void deletedRecord_isNamedByVerify() {
      AuditTrail t = trail();
      appendSome(t, 6);
      dropGuard();
      sql("DELETE FROM audit_log WHERE seq = 4");
      VerifyResult v = t.verify();
      assertThat(v.firstBrokenSeq()).isEqualTo(4);
      assertThat(v.reason()).contains("missing");
    }

    @Test
    void truncatedTail_isDetected() {
      AuditTrail t = trail();
      appendSome(t, 6);
      dropGuard();
      sql("DELETE FROM audit_log WHERE seq >= 5");
      VerifyResult v = t.verify();
      assertThat(v.ok()).isFalse();
      assertThat(v.firstBrokenSeq()).isEqualTo(5);
      assertThat(v.reason()).contains("deleted from the end");
    }

    // --- retention

    @Test
    void purge_underRetention_deletesNothingAndSaysSo() {
      AuditTrail t = new AuditTrail(db, Clock.fixed(T0, ZoneOffset.UTC), RetentionPolicy.DEFAULT);
      appendSome(t, 3);
      PurgeResult r = t.purge(T0.plusSeconds(86_400L * 365 * 4), ADMIN);
      assertThat(r.deleted()).isZero();
      assertThat(r.message()).contains("nothing deleted").contains("under retention");
      assertIntact(t.verify(), 4);
    }

    @Test
    void purge_needsAdmin() {
      assertThatThrownBy(() -> trail().purge(Instant.now(), ANN)).isInstanceOf(SecurityException.class);
    }

    @Test
    void purge_deletesOnlyTheLapsedPrefix_perRegime_andTheRestStillVerifies() {
      Instant[] now = {T0};
      Clock clock = new Clock() {
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId z) { return this; }
        @Override public Instant instant() { return now[0]; }
      };
      AuditTrail t = new AuditTrail(db, clock, RetentionPolicy.DEFAULT);
      t.inTransaction(tx -> tx.append(ANN, "alert.record", "alert:1", "{}", List.of("EAR")));
      t.inTransaction(tx -> tx.append(ANN, "alert.record", "alert:2", "{}", List.of("EAR")));
      t.inTransaction(tx -> tx.append(ANN, "alert.record", "alert:3", "{}", List.of("OFAC")));
      t.inTransaction(tx -> tx.append(ANN, "alert.record", "alert:4", "{}", List.of("EAR")));
      now[0] = T0.plusSeconds(86_400L * 365 * 6); // six years on: EAR (5y) lapsed, OFAC (10y) not
      PurgeResult r = t.purge(now[0], ADMIN);
      assertThat(r.deleted()).isEqualTo(2);
      assertThat(r.message()).contains("record 3").contains("OFAC");
      assertIntact(t.verify(), 3);
      // the database still refuses to delete what is under retention
      assertThatThrownBy(() -> sql("DELETE FROM audit_log WHERE seq = 3")).hasMessageContaining("retention");
    }

    @Test
    void retentionPolicy_parsesAndValidates() {
      RetentionPolicy p = RetentionPolicy.parse("EAR=7y, default=12y");
      assertThat(p.periodFor("EAR")).isEqualTo(java.time.Period.ofYears(7));
      assertThat(p.periodFor("OFAC")).isEqualTo(java.time.Period.ofYears(10));
      assertThat(p.periodFor("")).isEqualTo(java.time.Period.ofYears(12));
      assertThat(p.periodFor("EAR,OFAC")).isEqualTo(java.time.Period.ofYears(10));
      assertThatThrownBy(() -> RetentionPolicy.parse("EAR=five")).hasMessageContaining("retention")
          .hasMessageContaining("EAR=five");
    }

    // --- export

    @Test
    void export_writesCsvAndSelfContainedHtml() throws Exception {
      AuditTrail t = trail();
      appendSome(t, 2);
      t.append(ANN, "alert.record", "alert:<script>", AuditJson.of("query", "Позитив Текнолоджиз"));
      Path csv = tmp.resolve("audit.csv");
      Path html = tmp.resolve("audit.html");
      int n = t.export(Instant.EPOCH, Instant.now().plusSeconds(5), csv, html);
      assertThat(n).isEqualTo(3);
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      assertThat(lines).hasSize(4);
      assertThat(lines.get(0)).startsWith("seq,time,actor,action,subject,details");
      assertThat(lines.get(3)).contains("Позитив Текнолоджиз");
      String page = Files.readString(html, StandardCharsets.UTF_8);
      assertThat(page).contains("<h2>Screenings</h2>").contains("<h2>Decisions</h2>")
          .contains("audit trail intact").contains("alert:&lt;script&gt;").doesNotContain("<script>")
          .doesNotContain("http://").doesNotContain("https://");
    }
  }
}
