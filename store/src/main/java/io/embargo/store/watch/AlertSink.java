package io.embargo.store.watch;

import io.embargo.store.Actor;
import io.embargo.store.alerts.Alerts;
import io.embargo.store.alerts.RecordOutcome;
import java.util.List;

/**
 * Monitoring hits become alerts (origin {@code monitor}). {@link Alerts} is idempotent per (party, entry,
 * entry content hash) and skips suppressed pairs, which is exactly the "never again for a hit already raised
 * or decided" rule. Thread-safe.
 */
public final class AlertSink implements NewHitSink {
  private final Alerts alerts;

  public AlertSink(Alerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public int record(List<PartyResult> results, Actor actor) {
    if (results.isEmpty()) {
      return 0;
    }
    List<Alerts.Screening> s = results.stream().map(r -> new Alerts.Screening(r.partyRef(), r.result())).toList();
    return alerts.recordAll(s, "monitor", actor).stream().mapToInt(RecordOutcome::newHits).sum();
  }
}
