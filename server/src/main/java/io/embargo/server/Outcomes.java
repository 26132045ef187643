package io.embargo.server;

import io.embargo.decisions.Decider;
import io.embargo.decisions.Decision;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningResult;
import io.embargo.store.Actor;
import io.embargo.store.alerts.Alerts;
import io.embargo.store.alerts.RecordOutcome;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * What a screening result becomes in a response: the result, the decision with each hit's consequence (when
 * a decider is configured), and the alert it was recorded as (when asked; needs the store). The decider is
 * built once per screener (it screens owners with it) and reused. Thread-safe.
 */
final class Outcomes {
  private record Built(Screener screener, Decider decider) {}

  private final Function<Screener, Decider> deciders;
  private final Alerts alerts;
  private final AtomicReference<Built> last = new AtomicReference<>();

  /**
   * @param deciders builds the decider for a screener, or null when decisions are not configured
   * @param alerts where {@code record=true} results go, or null when the server has no store
   */
  Outcomes(Function<Screener, Decider> deciders, Alerts alerts) {
    this.deciders = deciders;
    this.alerts = alerts;
  }

  Views.ResultView view(Screener s, ScreeningResult r, Actor actor, boolean record, String partyRef, LocalDate asOf,
      String origin) {
    Long alertId = null;
    if (record) {
      if (alerts == null) {
        throw ApiException.unavailable("record: recording alerts");
      }
      if (!r.hits().isEmpty()) {
        String ref = partyRef != null ? partyRef : r.query().name();
        RecordOutcome o = alerts.record(ref.length() > Alerts.MAX_PARTY_REF ? ref.substring(0, Alerts.MAX_PARTY_REF) : ref,
            r, origin, actor);
        alertId = o.alertId().orElse(null);
      }
    }
    return Views.ResultView.of(r, decide(s, r, asOf), alertId);
  }

  private Decision decide(Screener s, ScreeningResult r, LocalDate asOf) {
    Decider d = decider(s);
    return d == null ? null : d.decide(r.query(), r, asOf);
  }

  /** The decider for this screener (built once per screener), or null when decisions are not configured. */
  Decider decider(Screener s) {
    if (deciders == null) {
      return null;
    }
    Built b = last.get();
    if (b == null || b.screener() != s) {
      b = new Built(s, deciders.apply(s));
      last.set(b);
    }
    return b.decider();
  }
}
