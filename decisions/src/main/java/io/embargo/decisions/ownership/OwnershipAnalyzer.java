package io.embargo.decisions.ownership;

import io.embargo.decisions.Outcome;
import io.embargo.decisions.internal.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies the 50 percent rules to one party: aggregates the shares held by restricted owners, directly or
 * through intermediaries that are themselves restricted by ownership (blocking cascades down chains), and
 * reports a {@link DerivedHit} per rule: BLOCK when the rule is in force on the date, blocks, and the
 * aggregate reaches its threshold; REVIEW when the rule does not block (SSI), or as a red flag when listed
 * owners hold less, an unknown share, or the rule is suspended.
 *
 * <p>Which owners are listed is the caller's business ({@code listedOwners}: name → listings, typically a
 * screening at the policy's block threshold). Immutable and thread-safe when {@code listedOwners} is.
 */
public final class OwnershipAnalyzer {
  /** Deepest ownership chain followed; deeper structures are cut off (and cycles are never followed). */
  static final int MAX_DEPTH = 12;
  private static final int MAX_CHAINS = 20;

  private final OwnershipGraph graph;
  private final OwnershipRules rules;
  private final Function<String, List<ListedAs>> listedOwners;

  /**
   * @param listedOwners the listings of a party by name; must not return null
   */
  public OwnershipAnalyzer(OwnershipGraph graph, OwnershipRules rules, Function<String, List<ListedAs>> listedOwners) {
    this.graph = Objects.requireNonNull(graph, "graph");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.listedOwners = Objects.requireNonNull(listedOwners, "listedOwners");
  }

  private record Eval(boolean restricted, double total, boolean unknown, List<OwnerChain> chains) {}

  /** Derived hits of {@code party} on {@code asOf}; empty when no listed party owns any of it. */
  public List<DerivedHit> analyse(String party, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<DerivedHit> out = new ArrayList<>();
    if (graph.ownersOf(party).isEmpty()) {
      return out;
    }
    for (OwnershipRule rule : rules.rules()) {
      if (!direct(party, rule).isEmpty()) {
        continue; // listed by name: the named hit carries the consequence
      }
      Set<String> path = new HashSet<>();
      path.add(Names.partyKey(party));
      Eval e = eval(party, rule, path, new HashMap<>(), 0);
      List<OwnerChain> chains = e.total() > 0 || e.unknown() ? e.chains() : walk(party, rule, path, 0);
      if (chains.isEmpty()) {
        continue;
      }
      out.add(hit(party, rule, asOf, e, chains));
    }
    return out;
  }

  private DerivedHit hit(String party, OwnershipRule rule, LocalDate asOf, Eval e, List<OwnerChain> chains) {
    OwnershipRule.Period period = rule.periodOn(asOf);
    RuleStatus status = period == null ? RuleStatus.NOT_IN_FORCE : period.status();
    String note = period == null ? "not in force on " + asOf : period.citation();
    Set<String> owners = new LinkedHashSet<>();
    Set<String> inherited = new LinkedHashSet<>();
    for (OwnerChain c : chains) {
      owners.add(c.owner());
      for (ListedAs l : c.listedAs()) {
        for (String effect : l.effects()) {
          inherited.add(l.listedName() + " [" + l.regime() + "]: " + effect);
        }
      }
    }
    String who = String.join(", ", owners);
    String share = Percentages.format(e.total()) + "%" + (e.unknown() ? " plus shares of unknown size" : "");
    Outcome outcome;
    String reason;
    if (e.restricted() && status == RuleStatus.IN_FORCE) {
      outcome = rule.blocking() ? Outcome.BLOCK : Outcome.REVIEW;
      reason = party + " is owned " + share + " in aggregate by listed " + who + ": " + rule.title() + " ("
          + rule.consequence() + ")";
    } else if (e.restricted()) {
      outcome = Outcome.REVIEW;
      reason = party + " is owned " + share + " in aggregate by listed " + who + " but the " + rule.title()
          + " is " + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " on " + asOf + ": "
          + rule.redFlag();
    } else {
      outcome = Outcome.REVIEW;
      reason = "listed " + who + " hold " + (e.total() > 0 || e.unknown() ? share : "an indirect minority stake")
          + " of " + party + ", below the " + Percentages.format(rule.thresholdPercent()) + "% of the "
          + rule.title() + ": " + rule.redFlag();
    }
    return new DerivedHit(rule.id(), rule.title(), status, note, e.total(), e.unknown(), outcome, reason,
        rule.citation(), chains, List.copyOf(inherited));
  }

  private List<ListedAs> direct(String name, OwnershipRule rule) {
    List<ListedAs> out = new ArrayList<>();
    for (ListedAs l : listedOwners.apply(name)) {
      if (rule.ownerRegimes().contains(l.regime())) {
        out.add(l);
      }
    }
    return out;
  }

  /** Whether {@code node} is restricted under {@code rule}: listed itself, or owned enough by restricted owners. */
  private Eval eval(String node, OwnershipRule rule, Set<String> path, Map<String, Eval> memo, int depth) {
    String key = Names.partyKey(node);
    Eval cached = memo.get(key);
    if (cached != null) {
      return cached;
    }
    if (depth > 0) {
      List<ListedAs> d = direct(node, rule);
      if (!d.isEmpty()) {
        Eval e = new Eval(true, 100, false, List.of(new OwnerChain(d, List.of(node), List.of())));
        memo.put(key, e);
        return e;
      }
    }
    double total = 0;
    boolean unknown = false;
    List<OwnerChain> chains = new ArrayList<>();
    if (depth < MAX_DEPTH) {
      for (OwnershipLink l : graph.ownersOf(node)) {
        String ok = Names.partyKey(l.owner());
        if (!path.add(ok)) {
          continue;
        }
        Eval e = eval(l.owner(), rule, path, memo, depth + 1);
        path.remove(ok);
        if (e.restricted()) {
          if (l.percent() == null) {
            unknown = true;
          } else {
            total += l.percent();
          }
          for (OwnerChain c : e.chains()) {
            if (chains.size() < MAX_CHAINS) {
              chains.add(c.extend(l.percent(), node));
            }
          }
        }
      }
    }
    Eval e = new Eval(total >= rule.thresholdPercent() - 1e-9, Math.min(total, 100), unknown, List.copyOf(chains));
    memo.put(key, e);
    return e;
  }

  /** Every chain from a listed ancestor, whatever the shares: for red flags. */
  private List<OwnerChain> walk(String node, OwnershipRule rule, Set<String> path, int depth) {
    List<OwnerChain> out = new ArrayList<>();
    if (depth > 0) {
      List<ListedAs> d = direct(node, rule);
      if (!d.isEmpty()) {
        out.add(new OwnerChain(d, List.of(node), List.of()));
        return out;
      }
    }
    if (depth >= MAX_DEPTH) {
      return out;
    }
    for (OwnershipLink l : graph.ownersOf(node)) {
      String ok = Names.partyKey(l.owner());
      if (!path.add(ok)) {
        continue;
      }
      for (OwnerChain c : walk(l.owner(), rule, path, depth + 1)) {
        if (out.size() < MAX_CHAINS) {
          out.add(c.extend(l.percent(), node));
        }
      }
      path.remove(ok);
    }
    return out;
  }
}
