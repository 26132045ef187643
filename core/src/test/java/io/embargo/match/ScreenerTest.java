package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.embargo.model.Address;
import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Behaviours of the real screener on a small hand-made list. */
class ScreenerTest {
  private static final Screener S = Screener.builder().add(entries()).build();

  private static List<ListEntry> entries() {
    List<ListEntry> l = new ArrayList<>();
    l.add(ListEntry.builder(ListId.BIS_EL, "nso").type(PartyType.ORGANIZATION).name("NSO Group")
        .address(new Address("22 Galgalei Haplada", "Herzliya", null, null, "IL")).build());
    l.add(ListEntry.builder(ListId.OFAC_SDN, "kanso").type(PartyType.ORGANIZATION)
        .name("BLUE LAGOON ALI KANSO GROUP").build());
    l.add(ListEntry.builder(ListId.BIS_EL, "coseinc").type(PartyType.ORGANIZATION)
        .name("Computer Security Initiative Consultancy PTE. LTD.").alias(Alias.strong("COSEINC")).build());
    l.add(ListEntry.builder(ListId.BIS_EL, "pt").type(PartyType.UNKNOWN).name("Positive Technologies").build());
    l.add(ListEntry.builder(ListId.OFAC_SDN, "31455").type(PartyType.ORGANIZATION)
        .name("AKTSIONERNOE OBSHCHESTVO POZITIV TEKNOLODZHIZ").alias(Alias.strong("JSC POSITIVE TECHNOLOGIES"))
        .alias(Alias.strong("POZITIV TEKNOLODZHIZ, AO")).build());
    l.add(ListEntry.builder(ListId.OFAC_SDN, "putin").type(PartyType.PERSON)
        .name("PUTIN, Vladimir Vladimirovich").dateOfBirth(DateOfBirth.parse("1952-10-07")).nationality("RU")
        .build());
    l.add(ListEntry.builder(ListId.OFAC_SDN, "prigozhin").type(PartyType.PERSON)
        .name("PRIGOZHIN, Yevgeniy Viktorovich").dateOfBirth(DateOfBirth.parse("1961-06-01")).build());
    l.add(ListEntry.builder(ListId.OFAC_SDN, "qcyber").type(PartyType.ORGANIZATION).name("Q CYBER TECHNOLOGIES LTD")
        .alias(new Alias("Q Group", AliasQuality.WEAK, "aka")).build());
    l.add(ListEntry.builder(ListId.OFAC_SDN, "vessel").type(PartyType.VESSEL).name("ADRIAN DARYA 1")
        .identifier(new Identifier("IMO", "9116412", null)).build());
    l.add(ListEntry.builder(ListId.OFAC_SDN, "petropars").type(PartyType.ORGANIZATION).name("PETROPARS LTD.")
        .alias(new Alias("PPL", AliasQuality.WEAK, "aka"))
        .address(new Address(null, "Tehran", null, null, "IR")).build());
    l.add(ListEntry.builder(ListId.UN, "mohammed").type(PartyType.PERSON).name("Mohammed Yusuf Qasim Hussein")
        .build());
    for (int i = 0; i < 30; i++) {
      l.add(ListEntry.builder(ListId.UK, "filler" + i).type(PartyType.ORGANIZATION)
          .name("Filler" + i + " International Trading Group").build());
    }
    return l;
  }

  private static Optional<Hit> hit(String name, String key) {
    return hit(Query.of(name), key);
  }

  private static Optional<Hit> hit(Query q, String key) {
    return S.screen(q, ScreeningOptions.DEFAULT.withMinScore(0)).hits().stream()
        .filter(h -> h.entry().key().equals(key)).findFirst();
  }

  private static double score(String name, String key) {
    return hit(name, key).map(Hit::score).orElse(0.0);
  }

  private static boolean hits(String name, String key) {
    return S.screen(Query.of(name)).hits().stream().anyMatch(h -> h.entry().key().equals(key));
  }

  @Test
  void exactAndCaseAndPunctuation() {
    assertThat(score("NSO Group", "bis-el:nso")).isEqualTo(1.0);
    assertThat(score("n.s.o. group", "bis-el:nso")).isEqualTo(1.0);
  }

  @Test
  void wholeWordsNotSubstrings() {
    assertThat(hits("NSO Group", "ofac-sdn:kanso")).isFalse();
    assertThat(score("NSO Group", "ofac-sdn:kanso")).isLessThan(0.5);
  }

  @Test
  void legalFormOnlyDifferenceIsAnExactNameMatch() {
    assertThat(score("Computer Security Initiative Consultancy", "bis-el:coseinc")).isEqualTo(1.0);
    assertThat(score("Computer Security Initiative Consultancy Private Limited", "bis-el:coseinc")).isEqualTo(1.0);
    Hit h = hit("NSO Group Ltd", "bis-el:nso").orElseThrow();
    assertThat(h.explanation().tokens()).anyMatch(t -> t.rule() == MatchRule.LEGAL_FORM_DROPPED);
  }

  @Test
  void listedAcronymAliasAndGeneratedInitialism() {
    Hit h = hit("COSEINC", "bis-el:coseinc").orElseThrow();
    assertThat(h.score()).isEqualTo(1.0);
    assertThat(h.primaryName()).isFalse();
    Hit csic = hit("CSIC", "bis-el:coseinc").orElseThrow();
    assertThat(csic.score()).isLessThan(S.defaultThreshold());
    assertThat(csic.matchedQuality()).isEqualTo(AliasQuality.WEAK);
    assertThat(csic.explanation().notes()).anyMatch(n -> n.contains("acronym"));
  }

  @Test
  void cyrillicAndOtherRomanisationsFindTheLatinListing() {
    assertThat(hits("Пригожин Евгений", "ofac-sdn:prigozhin")).isTrue();
    assertThat(hits("Yevgeny Prigojin", "ofac-sdn:prigozhin")).isTrue();
    Hit h = hit("Пригожин Евгений", "ofac-sdn:prigozhin").orElseThrow();
    assertThat(h.explanation().tokens()).anyMatch(t -> t.rule() == MatchRule.TRANSLITERATED);
  }

  @Test
  void translationIsFoundThroughTheLinkedListing() {
    assertThat(hits("Позитив Текнолоджиз", "bis-el:pt")).isTrue();
    Hit h = hit("Pozitiv Teknolodzhiz", "bis-el:pt").orElseThrow();
    assertThat(h.explanation().notes()).anyMatch(n -> n.contains("linked entry ofac-sdn:31455"));
  }

  @Test
  void arabicScriptMeetsTheLatinSpellingThroughConsonantSkeletons() {
    assertThat(S.nameScore("محمد يوسف قاسم حسين", "Mohammed Yusuf Qasim Hussein")).isGreaterThan(0.6);
    assertThat(S.nameScore("محمد يوسف قاسم حسين", "Positive Technologies")).isEqualTo(0.0);
  }

  @Test
  void nameVariantFamilies() {
    Hit h = hit("Muhammad Yousef Kassem Husayn", "un:mohammed").orElseThrow();
    assertThat(h.score()).isGreaterThan(0.9);
    assertThat(h.explanation().tokens()).anyMatch(t -> t.rule() == MatchRule.NAME_VARIANT);
  }

  @Test
  void wordOrderMissingMiddleNameAndInitials() {
    assertThat(score("Vladimir Vladimirovich Putin", "ofac-sdn:putin")).isEqualTo(1.0);
    assertThat(hits("Vladimir Putin", "ofac-sdn:putin")).isTrue();
    Hit h = hit("V. V. Putin", "ofac-sdn:putin").orElseThrow();
    assertThat(h.score()).isGreaterThanOrEqualTo(S.defaultThreshold());
    assertThat(h.explanation().tokens()).anyMatch(t -> t.rule() == MatchRule.INITIAL);
  }

  @Test
  void joinedAndSplitWords() {
    Hit h = hit("QCyber Technologies", "ofac-sdn:qcyber").orElseThrow();
    assertThat(h.score()).isGreaterThanOrEqualTo(S.defaultThreshold());
    assertThat(h.explanation().tokens()).anyMatch(t -> t.rule() == MatchRule.JOINED);
  }

  @Test
  void typosTranspositionsAndDoubledLetters() {
    assertThat(hits("Computer Securty Initiative Consultancy", "bis-el:coseinc")).isTrue();
    assertThat(hits("Vladimir Ptuin", "ofac-sdn:putin")).isTrue();
    assertThat(hits("Positive Technologiess", "bis-el:pt")).isTrue();
    assertThat(score("Positive Technolgies", "bis-el:pt")).isLessThan(1.0);
  }

  @Test
  void commonWordsCountLessThanRareOnes() {
    double rareMissing = score("Filler3 Group", "uk:filler3");
    double commonMissing = score("International Trading Group", "uk:filler3");
    assertThat(rareMissing).isGreaterThan(commonMissing);
    assertThat(commonMissing).isLessThan(S.defaultThreshold());
  }

  @Test
  void weakAliasesScoreLowerAndAreFlagged() {
    Hit h = hit("Q Group", "ofac-sdn:qcyber").orElseThrow();
    assertThat(h.matchedQuality()).isEqualTo(AliasQuality.WEAK);
    assertThat(h.weakAliasOnly()).isTrue();
    assertThat(h.score()).isLessThan(1.0);
  }

  @Test
  void aWeakAliasAloneDoesNotAlertButCorroborates() {
    Hit alone = hit("PPL", "ofac-sdn:petropars").orElseThrow();
    assertThat(alone.weakAliasOnly()).isTrue();
    assertThat(alone.score()).isLessThan(S.defaultThreshold());
    assertThat(hits("PPL", "ofac-sdn:petropars")).isFalse();
    Hit corroborated = hit(Query.builder("PPL").country("IR").build(), "ofac-sdn:petropars").orElseThrow();
    assertThat(corroborated.score()).isGreaterThanOrEqualTo(S.defaultThreshold());
    assertThat(hits("Petropars", "ofac-sdn:petropars")).isTrue();
  }

  @Test
  void siblingsOnSeveralListsAreAllReturnedWhenAWordIsMissing() {
    // Twenty "GAZPROM TRANSGAZ <city>, OOO" companies, each on three lists: sixty listings, one hundred and eighty
    // names once each listing carries its linked copies. Identical names are scored once, so none is crowded out.
    List<ListEntry> l = new ArrayList<>(entries());
    for (int i = 0; i < 400; i++) {
      l.add(ListEntry.builder(ListId.UK, "other" + i).type(PartyType.ORGANIZATION)
          .name("Company" + i + " Holding" + (i % 7) + " Export" + (i % 13)).build());
    }
    String[] cities = {"KAZAN", "SAMARA", "UFA", "TOMSK", "YUGORSK", "SURGUT", "UKHTA", "VOLGOGRAD", "SARATOV",
        "MOSKVA", "KRASNODAR", "STAVROPOL", "MAKHACHKALA", "NIZHNY", "CHAIKOVSKY", "EKATERINBURG", "PERM",
        "BELARUS", "PETERBURG", "OMSK"};
    for (String c : cities) {
      for (ListId list : List.of(ListId.OFAC_CONS, ListId.CSL, ListId.UK)) {
        l.add(ListEntry.builder(list, c).type(PartyType.ORGANIZATION).name("GAZPROM TRANSGAZ " + c + ", OOO")
            .build());
      }
    }
    Screener s = Screener.builder().add(l).build();
    List<Hit> hits = s.screen(Query.of("Gazprom Transgaz OOO"), ScreeningOptions.DEFAULT.withLimit(1000)).hits();
    assertThat(hits).hasSize(60);
    assertThat(hits).allMatch(h -> h.score() >= s.defaultThreshold());
  }

  @Test
  void namesWithBothCommonWordsSurviveTheHeldNamesCut() {
    // 600 "JOHN <x>" and 700 "SMITH <y>": "smith" is held after "john" has drawn its forms, and most of its own
    // forms are left undrawn (they cannot beat the 48 "john" forms already sure of their estimate). Forms with
    // both words were drawn by "john" and must all come back, best first.
    List<ListEntry> l = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      l.add(ListEntry.builder(ListId.UK, "j" + i).type(PartyType.PERSON).name("JOHN Q" + i + "X" + (i * 7)).build());
    }
    for (int i = 0; i < 700; i++) {
      l.add(ListEntry.builder(ListId.UK, "s" + i).type(PartyType.PERSON).name("SMITH Z" + i + "W" + (i * 3)).build());
    }
    l.add(ListEntry.builder(ListId.OFAC_SDN, "js").type(PartyType.PERSON).name("SMITH, John").build());
    for (int i = 0; i < 5; i++) {
      l.add(ListEntry.builder(ListId.OFAC_SDN, "jsm" + i).type(PartyType.PERSON).name("JOHN SMITH M" + i).build());
    }
    Screener s = Screener.builder().add(l).build();
    // A low minimum score shows every scored candidate, not only the alerts.
    List<Hit> hits = s.screen(Query.of("John Smith"), new ScreeningOptions(0.3, java.util.Set.of(), 100)).hits();
    assertThat(hits.get(0).entry().key()).isEqualTo("ofac-sdn:js");
    assertThat(hits.get(0).score()).isEqualTo(1.0);
    assertThat(hits).extracting(h -> h.entry().key())
        .contains("ofac-sdn:jsm0", "ofac-sdn:jsm1", "ofac-sdn:jsm2", "ofac-sdn:jsm3", "ofac-sdn:jsm4");
  }

  @Test
  void secondaryEvidenceMovesTheScore() {
    double base = hit(Query.of("Vladimir Putin"), "ofac-sdn:putin").orElseThrow().score();
    Query sameCountryAndDob = Query.builder("Vladimir Putin").country("RU").dob("1952").build();
    Query otherDob = Query.builder("Vladimir Putin").dob("1990-01-01").build();
    Query organisation = Query.builder("Vladimir Putin").type(PartyType.ORGANIZATION).build();
    assertThat(hit(sameCountryAndDob, "ofac-sdn:putin").orElseThrow().score()).isGreaterThan(base);
    assertThat(hit(otherDob, "ofac-sdn:putin").orElseThrow().score()).isLessThan(base);
    assertThat(hit(organisation, "ofac-sdn:putin").orElseThrow().score()).isLessThan(base);
    Query missing = Query.builder("Vladimir Putin").country("RU").build();
    assertThat(hit(missing, "ofac-sdn:prigozhin").map(Hit::score).orElse(0.0))
        .isEqualTo(hit(Query.of("Vladimir Putin"), "ofac-sdn:prigozhin").map(Hit::score).orElse(0.0));
    Hit h = hit(sameCountryAndDob, "ofac-sdn:putin").orElseThrow();
    assertThat(h.explanation().evidence()).extracting(Evidence::field).contains("country", "dob");
  }

  @Test
  void exactIdentifierIsDecisive() {
    Query q = Query.builder("Grace 1").identifier(new Identifier("IMO", "IMO 9116412", null)).build();
    Hit h = hit(q, "ofac-sdn:vessel").orElseThrow();
    assertThat(h.score()).isEqualTo(1.0);
    assertThat(h.explanation().evidence()).anyMatch(e -> e.field().equals("identifier") && e.effect() > 0);
  }

  @Test
  void everyHitIsExplained() {
    Hit h = hit("Positive Technolgies", "bis-el:pt").orElseThrow();
    assertThat(h.explanation().matchedName()).isEqualTo("Positive Technologies");
    assertThat(h.explanation().tokens()).extracting(TokenMatch::rule)
        .contains(MatchRule.EXACT, MatchRule.EDIT_DISTANCE);
    assertThat(h.explanation().summary()).contains("positive=positive exact");
  }

  @Test
  void optionsFilterListsAndLimit() {
    ScreeningResult r = S.screen(Query.of("NSO Group"),
        ScreeningOptions.DEFAULT.withMinScore(0).withLists(java.util.Set.of(ListId.OFAC_SDN)).withLimit(1));
    assertThat(r.hits()).hasSizeLessThanOrEqualTo(1).allMatch(h -> h.entry().list() == ListId.OFAC_SDN);
    assertThat(r.matcherVersion()).isEqualTo(S.matcherVersion());
  }

  @Test
  void nameScoreIsSymmetricEnoughAndBounded() {
    assertThat(S.nameScore("NSO Group", "NSO GROUP LTD")).isEqualTo(1.0);
    assertThat(S.nameScore("NSO Group", "Candiru")).isEqualTo(0.0);
    assertThat(S.nameScore("Candiro", "Candiru")).isBetween(0.6, 0.99);
  }

  @Test
  void badQueriesAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Query.of("   ")).hasMessageStartingWith("name:");
    assertThatThrownBy(() -> Query.of("x".repeat(1001))).hasMessageStartingWith("name:");
    assertThatThrownBy(() -> Query.of("abc\u0000def")).hasMessageStartingWith("name:");
    assertThatThrownBy(() -> Query.builder("NSO").country("XX").build()).hasMessageStartingWith("country:");
    assertThatThrownBy(() -> Query.builder("NSO").dob("1990-13-01").build()).hasMessageStartingWith("dob:");
  }

  @Test
  void punctuationOnlyQueryHasNoHits() {
    assertThat(S.screen(Query.of("...")).hits()).isEmpty();
  }
}
