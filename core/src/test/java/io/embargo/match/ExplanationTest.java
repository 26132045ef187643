package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  private static Explanation explanation() {
    return new Explanation("VLADIMIR PUTIN", 0.93, List.of(
        new TokenMatch("v", "vladimir", MatchRule.INITIAL, 0.88, 1.0),
        new TokenMatch("putim", "putin", MatchRule.EDIT_DISTANCE, 0.82, 2.0),
        new TokenMatch(null, "vladimirovich", MatchRule.UNMATCHED, 0, 1.0)),
        List.of(new Evidence("country", "RU", "RU", 0.04, "country matches")), List.of());
  }

  @Test
  void summaryNamesEachPairsRuleAndTheEvidence() {
    assertThat(explanation().summary())
        .isEqualTo("v=vladimir initial; putim=putin edit distance; -/vladimirovich unmatched; country +0.04");
  }

  @Test
  void summaryIsTheSameUnderATurkishDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      // "INITIAL".toLowerCase() is "ınıtıal" there: rules must be written in the root locale.
      assertThat(explanation().summary())
          .isEqualTo("v=vladimir initial; putim=putin edit distance; -/vladimirovich unmatched; country +0.04");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void ruleCodesAndLabels() {
    assertThat(MatchRule.LEGAL_FORM_DROPPED.code()).isEqualTo("legal_form_dropped");
    assertThat(MatchRule.LEGAL_FORM_DROPPED.label()).isEqualTo("legal form dropped");
    for (MatchRule r : MatchRule.values()) {
      assertThat(r.code()).isEqualTo(r.name().toLowerCase(Locale.ROOT));
    }
  }
}
