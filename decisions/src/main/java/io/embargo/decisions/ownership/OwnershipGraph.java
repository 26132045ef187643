package io.embargo.decisions.ownership;

import io.embargo.decisions.internal.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who owns whom, in memory. Parties are identified by name, folded (case, diacritics, punctuation) and
 * without legal-form tokens, so "Alpha Holdings Ltd." and "ALPHA HOLDINGS" are one party. When several links join the same owner and
 * owned party (e.g. the same fact from two sources), the one with the latest as-of date is kept so that
 * shares are not counted twice. Immutable and thread-safe.
 */
public final class OwnershipGraph {
  private static final OwnershipGraph EMPTY = new OwnershipGraph(List.of());
  private final Map<String, List<OwnershipLink>> ownersOf;
  private final int size;

  private OwnershipGraph(Collection<OwnershipLink> links) {
    Map<String, OwnershipLink> byPair = new LinkedHashMap<>();
    Map<String, String> ownedKey = new HashMap<>();
    for (OwnershipLink l : links) {
      String owner = Names.partyKey(l.owner());
      String owned = Names.partyKey(l.owned());
      if (owner.equals(owned)) {
        continue;
      }
      String k = owner + "\u0000" + owned;
      OwnershipLink prev = byPair.get(k);
      if (prev == null || newer(l, prev)) {
        byPair.put(k, l);
        ownedKey.put(k, owned);
      }
    }
    Map<String, List<OwnershipLink>> m = new HashMap<>();
    for (Map.Entry<String, OwnershipLink> e : byPair.entrySet()) {
      m.computeIfAbsent(ownedKey.get(e.getKey()), k -> new ArrayList<>()).add(e.getValue());
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    this.ownersOf = Map.copyOf(m);
    this.size = byPair.size();
  }

  private static boolean newer(OwnershipLink a, OwnershipLink b) {
    return a.asOf() != null && (b.asOf() == null || a.asOf().isAfter(b.asOf()));
  }

  /** A graph of these links (copied). */
  public static OwnershipGraph of(Collection<OwnershipLink> links) {
    return new OwnershipGraph(links);
  }

  /** The graph without links. */
  public static OwnershipGraph empty() {
    return EMPTY;
  }

  /** The direct owners of {@code party}: links whose owned party has the same key; empty if none. */
  public List<OwnershipLink> ownersOf(String party) {
    if (ownersOf.isEmpty()) {
      return List.of(); // no graph loaded: skip folding the name (a batch asks once per record)
    }
    return ownersOf.getOrDefault(Names.partyKey(party), List.of());
  }

  /** Number of distinct owner→owned links (self-ownership links are dropped). */
  public int size() {
    return size;
  }
}
