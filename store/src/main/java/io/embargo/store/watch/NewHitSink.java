package io.embargo.store.watch;

import io.embargo.match.ScreeningResult;
import io.embargo.store.Actor;
import java.util.List;

/**
 * Where monitoring sends the screening results of watched parties that have hits: by default the alert
 * queue ({@link AlertSink}); tests and benchmarks plug in their own. Implementations must be idempotent per
 * (party, entry key, entry content hash): after a crash monitoring delivers the chunk in flight again, and
 * must then raise nothing new.
 */
public interface NewHitSink {
  /** One watched party's result, with at least one hit. */
  record PartyResult(String partyRef, ScreeningResult result) {}

  /**
   * Records the results of one chunk of watched parties, all or nothing.
   *
   * @return how many hits were new (never raised before)
   */
  int record(List<PartyResult> results, Actor actor);
}
