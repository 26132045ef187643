package io.embargo.store.watch;

import io.embargo.match.ScreeningResult;
import io.embargo.store.Actor;

/**
 * Where monitoring sends the screening results of watched parties that have hits. Implementations must be
 * idempotent per (party, entry key, entry content hash): monitoring may deliver the same result again after
 * a crash, and must then raise nothing new.
 */
public interface NewHitSink {
  /**
   * Records the hits of one watched party.
   *
   * @param partyRef the watched party's id
   * @param result a result with at least one hit
   * @param origin what produced it, e.g. {@code monitoring:delta:bis-el@2}
   * @return how many of the hits were new (never raised before)
   */
  int record(String partyRef, ScreeningResult result, String origin, Actor actor);
}
