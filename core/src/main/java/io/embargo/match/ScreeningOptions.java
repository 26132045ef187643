package io.embargo.match;

import io.embargo.model.ListId;
import java.util.Set;

/**
 * Per-call options. Immutable.
 *
 * @param minScore hits below this score are dropped; NaN means the screener's default threshold
 * @param lists only entries of these lists; empty means all
 * @param limit at most this many hits, best first (1..1000)
 */
public record ScreeningOptions(double minScore, Set<ListId> lists, int limit) {
  public static final ScreeningOptions DEFAULT = new ScreeningOptions(Double.NaN, Set.of(), 50);

  public ScreeningOptions {
    if (!Double.isNaN(minScore) && (minScore < 0 || minScore > 1)) {
      throw new IllegalArgumentException("min-score: must be between 0 and 1, was " + minScore);
    }
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit: must be between 1 and 1000, was " + limit);
    }
    lists = lists == null ? Set.of() : Set.copyOf(lists);
  }

  public ScreeningOptions withMinScore(double s) {
    return new ScreeningOptions(s, lists, limit);
  }

  public ScreeningOptions withLists(Set<ListId> l) {
    return new ScreeningOptions(minScore, l, limit);
  }

  public ScreeningOptions withLimit(int n) {
    return new ScreeningOptions(minScore, lists, n);
  }
}
