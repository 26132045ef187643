package io.embargo.decisions;

import io.embargo.decisions.consequence.Consequence;
import io.embargo.decisions.consequence.ConsequenceRules;
import io.embargo.decisions.internal.Names;
import io.embargo.decisions.ownership.ListedAs;
import io.embargo.match.Hit;
import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Screens owner names once each: an owner is listed when a hit reaches the policy's block threshold and
 * does not rest on a weak alias only. Thread-safe (bounded concurrent cache).
 */
final class OwnerScreening {
  private static final int MAX_CACHED = 50_000;
  private final Screener screener;
  private final ConsequenceRules consequences;
  private final ScreeningOptions options;
  private final ConcurrentHashMap<String, List<ListedAs>> cache = new ConcurrentHashMap<>();

  OwnerScreening(Screener screener, ConsequenceRules consequences, Policy policy) {
    this.screener = screener;
    this.consequences = consequences;
    this.options = ScreeningOptions.DEFAULT.withMinScore(policy.blockThreshold());
  }

  List<ListedAs> listings(String name) {
    String key = Names.fold(name);
    List<ListedAs> cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    List<ListedAs> out = new ArrayList<>();
    for (Hit h : screener.screen(Query.of(name), options).hits()) {
      if (!h.weakAliasOnly() && h.score() >= options.minScore()) {
        Consequence c = consequences.of(h.entry());
        out.add(new ListedAs(c.regime(), h.entry().key(), h.entry().name(), h.score(), c.effects()));
      }
    }
    List<ListedAs> result = List.copyOf(out);
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(key, result);
    return result;
  }
}
