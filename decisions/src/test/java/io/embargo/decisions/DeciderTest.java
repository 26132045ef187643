package io.embargo.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.decisions.consequence.Consequence;
import io.embargo.match.Explanation;
import io.embargo.match.Hit;
import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningResult;
import io.embargo.model.AliasQuality;
import io.embargo.model.ListEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeciderTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
  private final Screener screener = Screener.builder().add(TestEntries.candiru()).build();
  private final Decider decider = Decider.builder(screener).build();

  @Test
  void candiruIsBlockedWithEntityListConsequences() {
    Decision d = decider.decide(Query.of("Candiru"), DAY);

    assertThat(d.outcome()).isEqualTo(Outcome.BLOCK);
    HitDecision h = d.hits().get(0);
    assertThat(h.outcome()).isEqualTo(Outcome.BLOCK);
    Consequence c = h.consequence();
    assertThat(c.regime()).isEqualTo("EL");
    assertThat(c.blocking()).isTrue();
    assertThat(c.effects()).contains(
        "Licence required for: For all items subject to the EAR. (See §744.11 of the EAR).",
        "Licence exceptions unavailable (15 CFR 744.16)",
        "Licence review policy: Presumption of denial.",
        "Federal Register: 86 FR 60759",
        "Listed on: 2021-11-04");
    assertThat(d.reasons().get(0)).startsWith("BLOCK: exact or near-certain match (1.00) on BIS Entity List");
    assertThat(d.policyVersion()).isEqualTo(Policy.defaults().version());
    assertThat(d.summary()).isEqualTo("BLOCK: EL Candiru 1.00");
  }

  @Test
  void possibleMatchIsReviewAndLowScoreIsClearButNoted() {
    ListEntry e = TestEntries.candiru();
    Decision review = decider.decide(Query.of("Candiru Labs"), result(hit(e, 0.85, AliasQuality.STRONG)), DAY);
    Decision clear = decider.decide(Query.of("Candy Roo"), result(hit(e, 0.5, AliasQuality.STRONG)), DAY);

    assertThat(review.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(review.reasons()).anyMatch(r -> r.startsWith("REVIEW: possible match (0.85)"));
    assertThat(clear.outcome()).isEqualTo(Outcome.CLEAR);
    assertThat(clear.hits()).hasSize(1);
    assertThat(clear.reasons()).anyMatch(r -> r.contains("low score (0.50"));
    assertThat(clear.summary()).isEqualTo("CLEAR");
  }

  @Test
  void weakAliasOnlyHitIsNotedNotAlertedUnlessPolicySaysSo() {
    Hit weak = hit(TestEntries.candiru(), 1.0, AliasQuality.WEAK);
    assertThat(decider.decide(Query.of("Taveta"), result(weak), DAY).outcome()).isEqualTo(Outcome.CLEAR);

    Policy strict = new Policy("strict-1", 0.92, 0.8, false);
    Decision d = Decider.builder(screener).policy(strict).build().decide(Query.of("Taveta"), result(weak), DAY);
    assertThat(d.outcome()).isEqualTo(Outcome.BLOCK);
    assertThat(d.policyVersion()).isEqualTo("strict-1");
  }

  @Test
  void nonBlockingListNearCertainMatchIsReview() {
    ListEntry uvl = ListEntry.builder(io.embargo.model.ListId.BIS_UVL, "u1").name("Acme Trading").build();
    Decision d = decider.decide(Query.of("Acme Trading"), result(hit(uvl, 1.0, AliasQuality.STRONG)), DAY);

    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.hits().get(0).consequence().effects())
        .contains("UVL statement must be obtained from the party before export", "No licence exceptions available");
  }

  @Test
  void customerInSevastopolIsBlockedAsEmbargoedRegion() {
    for (String address : new String[] {"ul. Bolshaya Morskaya 5, Sevastopol", "ул. Большая Морская 5, Севастополь"}) {
      Decision d = decider.decide(Query.builder("Black Sea Trading LLC").address(address).build(), DAY);
      assertThat(d.outcome()).as(address).isEqualTo(Outcome.BLOCK);
      assertThat(d.placeHits()).extracting(p -> p.placeId()).containsExactly("UA-CRIMEA");
      assertThat(d.reasons().get(0)).startsWith("BLOCK: embargoed region Crimea region of Ukraine named in address")
          .contains("Executive Order 13685");
      assertThat(d.summary()).startsWith("BLOCK: place UA-CRIMEA");
    }
  }

  @Test
  void noHitsIsClearWithAReason() {
    Decision d = decider.decide(Query.of("Harmless Bakery"), DAY);
    assertThat(d.outcome()).isEqualTo(Outcome.CLEAR);
    assertThat(d.reasons()).containsExactly("CLEAR: no hits, no embargoed place, no listed owners");
  }

  static Hit hit(ListEntry e, double score, AliasQuality q) {
    return new Hit(e, score, q, q == AliasQuality.STRONG, new Explanation(e.name(), score, List.of(), List.of(),
        List.of()));
  }

  static ScreeningResult result(Hit... hits) {
    return new ScreeningResult(Query.of("x"), List.of(hits), List.of(), "test", 0.5);
  }
}
