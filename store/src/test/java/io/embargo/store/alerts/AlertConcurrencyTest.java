package io.embargo.store.alerts;

import static io.embargo.store.alerts.Fixtures.ANALYST;
import static io.embargo.store.alerts.Fixtures.ANALYST2;
import static io.embargo.store.alerts.Fixtures.NSO;
import static io.embargo.store.alerts.Fixtures.REVIEWER;
import static io.embargo.store.alerts.Fixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.store.Actor;
import io.embargo.store.DatabaseTestBase;
import io.embargo.store.Role;
import io.embargo.store.TestDb;
import io.embargo.store.audit.AuditRecord;
import io.embargo.store.audit.AuditTrail;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two users acting on the same alert at the same moment: exactly one wins, the other gets a conflict. */
class AlertConcurrencyTest {
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
    static final int ROUNDS = 10;

    @Test
    void twoThreadsDecideTheSameAlert_exactlyOneWins() throws Exception {
      Alerts a = new Alerts(db);
      for (int round = 0; round < ROUNDS; round++) {
        long id = a.record("p" + round, result("NSO", NSO), "screen", ANALYST).alertId().orElseThrow();
        List<Outcome> outcomes = race(
            () -> a.decide(id, Verdict.TRUE_MATCH, "same company", ANALYST),
            () -> a.decide(id, Verdict.FALSE_POSITIVE, "different company", ANALYST2));
        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.won()).singleElement()
            .satisfies(o -> assertThat(o.error()).isInstanceOf(AlertConflictException.class)
                .hasMessageContaining("conflict").hasMessageContaining("alert " + id));
        AlertDetail d = a.get(id).orElseThrow();
        String winner = d.alert().decidedBy();
        assertThat(d.alert().version()).isEqualTo(1);
        assertThat(d.history()).extracting(AuditRecord::action).containsExactly("alert.record", "alert.decide");
        assertThat(d.history().get(1).actor()).isEqualTo(winner);
      }
      assertThat(new AuditTrail(db).verify().ok()).isTrue();
    }

    @Test
    void twoReviewersApproveAndReturnAtOnce_exactlyOneWins() throws Exception {
      Alerts a = new Alerts(db);
      Actor rex = new Actor("rex", Set.of(Role.REVIEWER));
      for (int round = 0; round < ROUNDS; round++) {
        long id = a.record("q" + round, result("NSO", NSO), "screen", ANALYST).alertId().orElseThrow();
        a.decide(id, Verdict.FALSE_POSITIVE, "not them", ANALYST);
        List<Outcome> outcomes = race(() -> a.approve(id, REVIEWER), () -> a.returnToAnalyst(id, "recheck", rex));
        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.won()).singleElement()
            .satisfies(o -> assertThat(o.error()).isInstanceOf(AlertConflictException.class));
        AlertState s = a.get(id).orElseThrow().alert().state();
        long suppressions = a.suppressions().stream().filter(x -> x.alertId() == id).count();
        assertThat(suppressions).isEqualTo(s == AlertState.APPROVED ? 1 : 0);
      }
    }

    @Test
    void concurrentRecordingOfTheSamePair_alertsOnce() throws Exception {
      Alerts a = new Alerts(db);
      List<Outcome> outcomes = race(
          () -> a.record("same", result("NSO", NSO), "screen", ANALYST),
          () -> a.record("same", result("NSO Group", NSO), "monitor", Actor.SYSTEM));
      assertThat(outcomes).allMatch(Outcome::won);
      assertThat(a.partyHistory("same")).hasSize(1);
      assertThat(new AuditTrail(db).verify().ok()).isTrue();
    }

    record Outcome(boolean won, Throwable error) {}

    /** Runs both actions at the same instant on two threads and reports how each ended. */
    static List<Outcome> race(Runnable first, Runnable second) throws InterruptedException {
      CyclicBarrier start = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Void>> fs = new ArrayList<>();
        for (Runnable r : List.of(first, second)) {
          Callable<Void> c = () -> {
            start.await(10, TimeUnit.SECONDS);
            r.run();
            return null;
          };
          fs.add(pool.submit(c));
        }
        List<Outcome> out = new ArrayList<>();
        for (Future<Void> f : fs) {
          try {
            f.get(60, TimeUnit.SECONDS);
            out.add(new Outcome(true, null));
          } catch (ExecutionException e) {
            out.add(new Outcome(false, e.getCause()));
          } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("an action hung", e);
          }
        }
        return out;
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
