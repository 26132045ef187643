package io.embargo.decisions;

import io.embargo.decisions.consequence.Consequence;
import io.embargo.decisions.consequence.ConsequenceRules;
import io.embargo.decisions.ownership.DerivedHit;
import io.embargo.decisions.ownership.ListedAs;
import io.embargo.decisions.ownership.OwnershipAnalyzer;
import io.embargo.decisions.ownership.OwnershipGraph;
import io.embargo.decisions.ownership.OwnershipRules;
import io.embargo.decisions.places.PlaceHit;
import io.embargo.decisions.places.PlaceList;
import io.embargo.match.Hit;
import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningOptions;
import io.embargo.match.ScreeningResult;
import io.embargo.model.Decimals;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The front door of the decisions module: turns a screening result into a {@link Decision}, as a
 * compliance officer would. Named hits are judged against the {@link Policy} thresholds and the list's
 * consequences; the query's country and address are screened against embargoed places; the ownership graph
 * derives hits from listed owners (OFAC 50 Percent Rule, BIS Affiliates Rule by date).
 *
 * <p>Immutable and thread-safe: build one per list/ownership version and share it. Owners are screened by
 * name with the {@link Screener} given here; an owner is listed when a hit reaches the policy's block
 * threshold and does not rest on a weak alias only.
 *
 * <pre>{@code
 * Decider d = Decider.builder(screener).policy(Policy.defaults()).ownership(graph).build();
 * Decision dec = d.decide(query, screener.screen(query), LocalDate.now());
 * }</pre>
 */
public final class Decider {
  private final Policy policy;
  private final Screener screener;
  private final ConsequenceRules consequences;
  private final PlaceList places;
  private final OwnershipRules ownershipRules;
  private final OwnershipAnalyzer ownership;
  private final OwnerScreening owners;
  private final String rulesVersion;

  private Decider(Builder b) {
    this.policy = b.policy;
    this.screener = b.screener;
    this.consequences = b.consequences != null ? b.consequences : ConsequenceRules.load();
    this.places = b.places != null ? b.places : PlaceList.load();
    this.ownershipRules = b.ownershipRules != null ? b.ownershipRules : OwnershipRules.load();
    this.owners = new OwnerScreening(screener, consequences, policy);
    this.ownership = new OwnershipAnalyzer(b.graph, ownershipRules, owners::listings);
    this.rulesVersion = consequences.version() + "; " + places.version() + "; " + ownershipRules.version();
  }

  /** A builder around the screener used for owners (and by {@link #decide(Query, LocalDate)}). */
  public static Builder builder(Screener screener) {
    return new Builder(Objects.requireNonNull(screener, "screener"));
  }

  /**
   * Decides for a query already screened.
   *
   * @param query the screened party (its name is looked up in the ownership graph; its country and address
   *     are checked against embargoed places)
   * @param result the screening result for {@code query}
   * @param asOf the date whose rules apply (ownership rules switch by date); null means today (UTC)
   * @throws NullPointerException if {@code query} or {@code result} is null
   */
  public Decision decide(Query query, ScreeningResult result, LocalDate asOf) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(result, "result");
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    Outcome outcome = Outcome.CLEAR;
    List<HitDecision> hits = new ArrayList<>();
    for (Hit h : result.hits()) {
      HitDecision hd = judge(h);
      hits.add(hd);
      outcome = outcome.max(hd.outcome());
    }
    List<PlaceHit> placeHits = places.screen(query.country(), query.address());
    if (!placeHits.isEmpty()) {
      outcome = Outcome.BLOCK;
    }
    List<DerivedHit> derived = ownership.analyse(query.name(), date);
    for (DerivedHit d : derived) {
      outcome = outcome.max(d.outcome());
    }
    return new Decision(outcome, reasons(hits, placeHits, derived), hits, placeHits, derived, policy.version(),
        rulesVersion, date);
  }

  /** Screens {@code query} with the screener's defaults, then {@link #decide(Query, ScreeningResult, LocalDate)}. */
  public Decision decide(Query query, LocalDate asOf) {
    return decide(query, screener.screen(query, ScreeningOptions.DEFAULT), asOf);
  }

  /** The policy this decider applies. */
  public Policy policy() {
    return policy;
  }

  /** What listing on an entry means (for callers that show consequences without deciding). */
  public Consequence consequence(io.embargo.model.ListEntry entry) {
    return consequences.of(entry);
  }

  private HitDecision judge(Hit h) {
    Consequence c = consequences.of(h.entry());
    String score = Decimals.fixed(h.score(), 2);
    String on = " on " + c.title() + " (" + h.entry().key() + " " + h.entry().name() + ")";
    Outcome o;
    String reason;
    if (h.weakAliasOnly() && policy.weakAliasClears()) {
      o = Outcome.CLEAR;
      reason = "weak alias only (" + score + ")" + on + ": noted, not alerted";
    } else if (h.score() >= policy.blockThreshold()) {
      o = c.blocking() ? Outcome.BLOCK : Outcome.REVIEW;
      reason = (c.blocking() ? "exact or near-certain match (" : "near-certain match on a non-blocking list (")
          + score + ")" + on + (c.effects().isEmpty() ? "" : ": " + c.effects().get(0));
    } else if (h.score() >= policy.reviewThreshold()) {
      o = Outcome.REVIEW;
      reason = "possible match (" + score + ")" + on;
    } else {
      o = Outcome.CLEAR;
      reason = "low score (" + score + " below " + policy.reviewThreshold() + ")" + on + ": noted";
    }
    return new HitDecision(h.entry().key(), h.entry().name(), h.explanation().matchedName(), h.score(),
        h.weakAliasOnly(), o, reason, c);
  }

  private static List<String> reasons(List<HitDecision> hits, List<PlaceHit> placeHits, List<DerivedHit> derived) {
    record R(Outcome o, String text) {}
    List<R> rs = new ArrayList<>();
    for (HitDecision h : hits) {
      rs.add(new R(h.outcome(), h.outcome() + ": " + h.reason()));
    }
    for (PlaceHit p : placeHits) {
      rs.add(new R(Outcome.BLOCK, "BLOCK: embargoed " + p.kind() + " " + p.place() + " named in " + p.field()
          + " ('" + p.matched() + "') under " + p.source()));
    }
    for (DerivedHit d : derived) {
      rs.add(new R(d.outcome(), d.outcome() + ": " + d.reason()));
    }
    rs.sort(Comparator.comparing(R::o).reversed());
    List<String> out = new ArrayList<>();
    for (R r : rs) {
      out.add(r.text());
    }
    if (out.isEmpty()) {
      out.add("CLEAR: no hits, no embargoed place, no listed owners");
    }
    return out;
  }

  /** Collects the parts; not thread-safe. Rule data default to the bundled files, the graph to empty. */
  public static final class Builder {
    private final Screener screener;
    private Policy policy = Policy.defaults();
    private OwnershipGraph graph = OwnershipGraph.empty();
    private ConsequenceRules consequences;
    private PlaceList places;
    private OwnershipRules ownershipRules;

    private Builder(Screener screener) {
      this.screener = screener;
    }

    public Builder policy(Policy p) { policy = Objects.requireNonNull(p, "policy"); return this; }
    public Builder ownership(OwnershipGraph g) { graph = Objects.requireNonNull(g, "ownership"); return this; }
    public Builder consequences(ConsequenceRules r) { consequences = r; return this; }
    public Builder places(PlaceList p) { places = p; return this; }
    public Builder ownershipRules(OwnershipRules r) { ownershipRules = r; return this; }

    public Decider build() {
      return new Decider(this);
    }
  }
}
