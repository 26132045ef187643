package io.embargo.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.match.Query;
import io.embargo.match.Screener;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API, batch and CLI serialise decisions with Jackson: the record must come out whole. */
class DecisionJsonTest {
  @Test
  void decisionSerialisesWithOutcomeReasonsConsequencesAndDates() {
    Decider d = Decider.builder(Screener.builder().add(TestEntries.candiru()).build()).build();
    Decision dec = d.decide(Query.builder("Candiru").address("Sevastopol").build(), LocalDate.of(2026, 11, 28));

    JsonNode n = JsonMapper.shared().readTree(JsonMapper.shared().writeValueAsString(dec));

    assertThat(n.get("outcome").asString()).isEqualTo("BLOCK");
    assertThat(n.get("asOf").asString()).isEqualTo("2026-11-28");
    assertThat(n.get("policyVersion").asString()).isEqualTo(Policy.defaults().version());
    assertThat(n.get("hits").get(0).get("consequence").get("effects").toString()).contains("Presumption of denial.");
    assertThat(n.get("placeHits").get(0).get("placeId").asString()).isEqualTo("UA-CRIMEA");
    assertThat(n.get("reasons").size()).isEqualTo(2);
  }
}
