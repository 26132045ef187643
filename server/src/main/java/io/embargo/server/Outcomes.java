package io.embargo.server;

import io.embargo.match.ScreeningResult;
import io.embargo.store.Actor;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a screening result becomes in a response: the result, the decision and list consequences (when a
 * decider is configured), and the id of the alert it was recorded as (when asked and a recorder is
 * configured). Thread-safe if its functions are.
 */
final class Outcomes {
  private final Function<ScreeningResult, Object> decider;
  private final BiFunction<Actor, ScreeningResult, Long> recorder;

  /**
   * @param decider the decision for a result, or null when decisions are not configured
   * @param recorder records a result with hits as an alert and returns its id (null when no hits), or null
   *     when alerts are not configured
   */
  Outcomes(Function<ScreeningResult, Object> decider, BiFunction<Actor, ScreeningResult, Long> recorder) {
    this.decider = decider;
    this.recorder = recorder;
  }

  Views.ResultView view(ScreeningResult r, Actor actor, boolean record) {
    Long alertId = null;
    if (record) {
      if (recorder == null) {
        throw ApiException.unavailable("record: recording alerts");
      }
      alertId = r.hits().isEmpty() ? null : recorder.apply(actor, r);
    }
    return Views.ResultView.of(r, decider == null ? null : decider.apply(r), alertId);
  }
}
