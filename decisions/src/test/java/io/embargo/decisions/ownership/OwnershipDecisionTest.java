package io.embargo.decisions.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.decisions.Decider;
import io.embargo.decisions.Decision;
import io.embargo.decisions.Outcome;
import io.embargo.decisions.TestEntries;
import io.embargo.match.Query;
import io.embargo.match.Screener;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 50 percent rules through the front door, with owners screened by name. */
class OwnershipDecisionTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 15);
  private final Screener screener = Screener.builder()
      .add(TestEntries.sdn("1001", "Volga Petroleum Holdings"))
      .add(TestEntries.sdn("1002", "Neva Shipping Group"))
      .add(TestEntries.entityList("el-7", "Shenzhen Quantum Devices"))
      .add(io.embargo.model.ListEntry.builder(io.embargo.model.ListId.OFAC_CONS, "ssi-1").name("Ural Sectoral Bank")
          .program("UKRAINE-EO13662").build())
      .build();

  private static OwnershipLink link(String owner, String owned, Double pct) {
    return new OwnershipLink(owner, owned, pct, "test", LocalDate.of(2025, 6, 1));
  }

  private Decision decide(List<OwnershipLink> links, String party, LocalDate asOf) {
    return Decider.builder(screener).ownership(OwnershipGraph.of(links)).build().decide(Query.of(party), asOf);
  }

  @Test
  void thirtyAndTwentyFivePercentSdnOwnersAggregateToBlockNamingBoth() {
    Decision d = decide(List.of(link("Volga Petroleum Holdings", "Baltic Fuel Trading", 30.0),
        link("Neva Shipping Group", "Baltic Fuel Trading", 25.0),
        link("Ivan Petrov", "Baltic Fuel Trading", 45.0)), "Baltic Fuel Trading", DAY);

    assertThat(d.outcome()).isEqualTo(Outcome.BLOCK);
    assertThat(d.hits()).isEmpty();
    DerivedHit h = d.derivedHits().get(0);
    assertThat(h.rule()).isEqualTo("OFAC_50");
    assertThat(h.outcome()).isEqualTo(Outcome.BLOCK);
    assertThat(h.aggregatePercent()).isEqualTo(55.0);
    assertThat(h.chains()).extracting(OwnerChain::owner)
        .containsExactlyInAnyOrder("Volga Petroleum Holdings", "Neva Shipping Group");
    assertThat(h.reason()).contains("Volga Petroleum Holdings").contains("Neva Shipping Group").contains("55%");
    assertThat(h.chains()).extracting(OwnerChain::describe)
        .contains("Volga Petroleum Holdings [SDN ofac-sdn:1001] -30%-> Baltic Fuel Trading");
  }

  @Test
  void entityListOwnerBlocksWhileTheAffiliatesRuleIsInForceAndIsARedFlagWhileSuspended() {
    List<OwnershipLink> links = List.of(link("Shenzhen Quantum Devices", "QD Components HK Ltd", 60.0));

    Decision october = decide(links, "QD Components HK Ltd", LocalDate.of(2025, 10, 15));
    Decision december = decide(links, "QD Components HK Ltd", LocalDate.of(2025, 12, 15));
    Decision before = decide(links, "QD Components HK Ltd", LocalDate.of(2025, 9, 1));

    assertThat(october.outcome()).isEqualTo(Outcome.BLOCK);
    assertThat(october.derivedHits().get(0).rule()).isEqualTo("BIS_AFFILIATES");
    assertThat(october.derivedHits().get(0).status()).isEqualTo(RuleStatus.IN_FORCE);
    assertThat(october.derivedHits().get(0).inherited())
        .contains("Shenzhen Quantum Devices [EL]: Licence review policy: Presumption of denial.");
    assertThat(december.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(december.derivedHits().get(0).status()).isEqualTo(RuleStatus.SUSPENDED);
    assertThat(december.derivedHits().get(0).reason()).contains("suspended").contains("Red Flag 29");
    assertThat(before.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(before.derivedHits().get(0).status()).isEqualTo(RuleStatus.NOT_IN_FORCE);
  }

  @Test
  void majorityOwnedBySsiEntityInheritsTheDirectivesButIsNotBlocked() {
    Decision d = decide(List.of(link("Ural Sectoral Bank", "Ural Leasing", 70.0)), "Ural Leasing", DAY);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.derivedHits()).extracting(DerivedHit::rule).containsExactly("OFAC_50_SSI");
    assertThat(d.derivedHits().get(0).reason()).contains("same sectoral directives");
  }

  @Test
  void threeLevelChainPropagates() {
    Decision d = decide(List.of(link("Volga Petroleum Holdings", "Level One AG", 51.0),
        link("Level One AG", "Level Two BV", 50.0),
        link("Level Two BV", "Level Three Ltd", 75.0)), "Level Three Ltd", DAY);

    assertThat(d.outcome()).isEqualTo(Outcome.BLOCK);
    OwnerChain c = d.derivedHits().get(0).chains().get(0);
    assertThat(c.parties()).containsExactly("Volga Petroleum Holdings", "Level One AG", "Level Two BV",
        "Level Three Ltd");
    assertThat(c.percents()).containsExactly(51.0, 50.0, 75.0);
  }

  @Test
  void blockedSubsidiaryAndItsBlockedParentAggregate() {
    // Volga owns 60% of Sub (blocked by ownership); Sub 30% + Volga 20% of Target = 50%
    Decision d = decide(List.of(link("Volga Petroleum Holdings", "Sub Co", 60.0),
        link("Sub Co", "Target Co", 30.0), link("Volga Petroleum Holdings", "Target Co", 20.0)), "Target Co", DAY);
    assertThat(d.outcome()).isEqualTo(Outcome.BLOCK);
    assertThat(d.derivedHits().get(0).aggregatePercent()).isEqualTo(50.0);
  }

  @Test
  void belowFiftyPercentIsAReviewRedFlag() {
    Decision d = decide(List.of(link("Volga Petroleum Holdings", "Minority Co", 30.0),
        link("Neva Shipping Group", "Minority Co", 19.9)), "Minority Co", DAY);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.derivedHits().get(0).reason()).contains("below the 50%");
  }

  @Test
  void indirectMinorityThroughAnUnrestrictedIntermediaryIsAReviewRedFlag() {
    Decision d = decide(List.of(link("Volga Petroleum Holdings", "Mid Co", 40.0), link("Mid Co", "Leaf Co", 100.0)),
        "Leaf Co", DAY);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.derivedHits().get(0).chains().get(0).parties()).containsExactly("Volga Petroleum Holdings",
        "Mid Co", "Leaf Co");
  }

  @Test
  void unknownShareIsAReviewRedFlag() {
    Decision d = decide(List.of(link("Volga Petroleum Holdings", "Opaque Co", null)), "Opaque Co", DAY);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.derivedHits().get(0).unknownShare()).isTrue();
    assertThat(d.derivedHits().get(0).chains().get(0).describe()).contains("-?%-> Opaque Co");
  }

  @Test
  void unlistedOwnersAndCyclesGiveNoDerivedHit() {
    Decision d = decide(List.of(link("Alpha Ltd", "Beta Ltd", 60.0), link("Beta Ltd", "Alpha Ltd", 60.0)),
        "Beta Ltd", DAY);
    assertThat(d.outcome()).isEqualTo(Outcome.CLEAR);
    assertThat(d.derivedHits()).isEmpty();
  }

  @Test
  void partyNameIsMatchedIgnoringCasePunctuationAndLegalForm() {
    Decision d = decide(List.of(link("Volga Petroleum Holdings", "Baltic Fuel Trading, LLC", 50.0)),
        "BALTIC FUEL TRADING LLC", DAY);
    assertThat(d.outcome()).isEqualTo(Outcome.BLOCK);
    Decision noForm = decide(List.of(link("Volga Petroleum Holdings", "Baltic Fuel Trading, LLC", 50.0)),
        "Baltic Fuel Trading", DAY);
    assertThat(noForm.outcome()).as("legal forms are ignored").isEqualTo(Outcome.BLOCK);
    Decision other = decide(List.of(link("Volga Petroleum Holdings", "Baltic Fuel Trading, LLC", 50.0)),
        "Baltic Fuel", DAY);
    assertThat(other.outcome()).as("not a prefix match").isEqualTo(Outcome.CLEAR);
  }
}
