package io.embargo.store.alerts;

import java.time.Instant;

/**
 * Which alerts {@link Alerts#list} returns, newest first. Null fields do not filter. Immutable; build with
 * {@link #all()} and the {@code with…} methods.
 *
 * @param state only this state
 * @param list only alerts with a hit on this list code ({@code bis-el})
 * @param origin only this origin
 * @param partyRef only this party
 * @param from created at or after
 * @param to created before
 * @param offset rows to skip (paging), at least 0
 * @param limit rows to return, 1 to {@link #MAX_LIMIT}
 */
public record AlertFilter(AlertState state, String list, String origin, String partyRef, Instant from, Instant to,
    int offset, int limit) {
  public static final int MAX_LIMIT = 1000;

  public AlertFilter {
    if (offset < 0) {
      throw new IllegalArgumentException("offset: must be at least 0 (was " + offset + ")");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit: must be 1 to " + MAX_LIMIT + " (was " + limit + ")");
    }
  }

  /** No filter, first 100. */
  public static AlertFilter all() {
    return new AlertFilter(null, null, null, null, null, null, 0, 100);
  }

  public AlertFilter withState(AlertState s) { return new AlertFilter(s, list, origin, partyRef, from, to, offset, limit); }
  public AlertFilter withList(String l) { return new AlertFilter(state, l, origin, partyRef, from, to, offset, limit); }
  public AlertFilter withOrigin(String o) { return new AlertFilter(state, list, o, partyRef, from, to, offset, limit); }
  public AlertFilter withParty(String p) { return new AlertFilter(state, list, origin, p, from, to, offset, limit); }
  public AlertFilter withRange(Instant f, Instant t) { return new AlertFilter(state, list, origin, partyRef, f, t, offset, limit); }
  public AlertFilter withPage(int off, int lim) { return new AlertFilter(state, list, origin, partyRef, from, to, off, lim); }
}
