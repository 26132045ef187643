package io.embargo.decisions.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.decisions.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The OFAC 50 percent aggregation as a property: BLOCK exactly when listed shares sum to 50% or more. */
class AggregationPropertiesTest {
  private static final OwnershipRules RULES = OwnershipRules.load();
  private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

  @Property(tries = 300)
  void blockExactlyWhenListedSharesReachFiftyPercent(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 30) Integer> listedShares,
      @ForAll @IntRange(min = 0, max = 3) int unlistedOwners) {
    List<OwnershipLink> links = new ArrayList<>();
    int sum = 0;
    for (int i = 0; i < listedShares.size(); i++) {
      links.add(new OwnershipLink("Listed " + i, "Target", (double) listedShares.get(i), "p", null));
      sum += listedShares.get(i);
    }
    for (int i = 0; i < unlistedOwners; i++) {
      links.add(new OwnershipLink("Clean " + i, "Target", 20.0, "p", null));
    }
    OwnershipAnalyzer a = new OwnershipAnalyzer(OwnershipGraph.of(links), RULES, name -> name.startsWith("Listed")
        ? List.of(new ListedAs("SDN", "ofac-sdn:" + name, name, 1.0, List.of())) : List.of());

    List<DerivedHit> hits = a.analyse("Target", DAY);

    assertThat(hits).hasSize(1);
    DerivedHit h = hits.get(0);
    assertThat(h.aggregatePercent()).isEqualTo(Math.min(sum, 100));
    assertThat(h.outcome()).isEqualTo(sum >= 50 ? Outcome.BLOCK : Outcome.REVIEW);
    assertThat(h.chains()).hasSize(listedShares.size());
  }

  @Property(tries = 200)
  void cascadeThroughAChainBlocksOnlyWhenEveryStepIsAtLeastFifty(
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 100) Integer> steps) {
    List<OwnershipLink> links = new ArrayList<>();
    String owner = "Listed Root";
    for (int i = 0; i < steps.size(); i++) {
      String owned = i == steps.size() - 1 ? "Target" : "Mid " + i;
      links.add(new OwnershipLink(owner, owned, (double) steps.get(i), "p", null));
      owner = owned;
    }
    OwnershipAnalyzer a = new OwnershipAnalyzer(OwnershipGraph.of(links), RULES, name -> name.equals("Listed Root")
        ? List.of(new ListedAs("SDN", "ofac-sdn:1", name, 1.0, List.of())) : List.of());

    Map<Boolean, Outcome> expected = Map.of(true, Outcome.BLOCK, false, Outcome.REVIEW);
    boolean allAtLeastFifty = steps.stream().allMatch(s -> s >= 50);
    assertThat(a.analyse("Target", DAY).get(0).outcome()).isEqualTo(expected.get(allAtLeastFifty));
  }
}
