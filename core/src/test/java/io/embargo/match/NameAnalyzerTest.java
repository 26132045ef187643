package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NameAnalyzerTest {

  private static List<String> kinds(String name) {
    return NameAnalyzer.analyzeFirst(name).stream().map(t -> t.text() + ":" + t.kind().name().toLowerCase())
        .collect(Collectors.toList());
  }

  @Test
  void foldsCaseDiacriticsAndCompatibilityForms() {
    assertThat(NameAnalyzer.texts("Müller-Lüdenscheidt")).containsExactly("muller", "ludenscheidt");
    assertThat(NameAnalyzer.texts("ＡＢＣ Straße")).containsExactly("abc", "strasse");
    assertThat(NameAnalyzer.texts("  ÉCOLE   øresund ")).containsExactly("ecole", "oresund");
  }

  @Test
  void joinsAcronymDotsButKeepsInitialsApart() {
    assertThat(NameAnalyzer.texts("N.S.O. Group")).containsExactly("nso", "group");
    assertThat(NameAnalyzer.texts("V. V. Putin")).containsExactly("v", "v", "putin");
    assertThat(NameAnalyzer.texts("O'Brien & Sons")).containsExactly("obrien", "sons");
  }

  @Test
  void leadingPossessiveIsAQualifier() {
    assertThat(kinds("Israel's NSO")).containsExactly("israel:org_noise", "nso:core");
  }

  @Test
  void marksLegalFormsWithCanonicalShortForm() {
    List<NameToken> t = NameAnalyzer.analyzeFirst("Obshchestvo s Ogranichennoy Otvetstvennostyu Vector");
    assertThat(t.subList(0, 4)).allMatch(x -> x.kind() == TokenKind.LEGAL && x.legalForm().equals("llc"));
    assertThat(t.get(4).kind()).isEqualTo(TokenKind.CORE);
    assertThat(NameAnalyzer.analyzeFirst("Acme Limited").get(1).legalForm()).isEqualTo("ltd");
    assertThat(NameAnalyzer.analyzeFirst("Acme Ltd.").get(1).legalForm()).isEqualTo("ltd");
    assertThat(kinds("Cytrox Holdings Zrt")).containsExactly("cytrox:core", "holdings:org_noise", "zrt:legal");
  }

  @Test
  void legalFormsWithTyposOrGluedToAWordAreStillLegalForms() {
    assertThat(kinds("Intercad Compaany Limitd")).containsExactly("intercad:core", "compaany:legal", "limitd:legal");
    assertThat(NameAnalyzer.texts("JSCArzamas")).containsExactly("jsc", "arzamas");
    assertThat(kinds("Public Joint Stock Company Vympel")).startsWith("public:legal", "joint:legal", "stock:legal",
        "company:legal");
  }

  @Test
  void honorificsAndGenericWordsAreWeakButAloneTheyAreTheName() {
    assertThat(kinds("Sheikh Ahmed Al Rahman")).containsExactly("sheikh:honorific", "ahmed:core", "al:particle",
        "rahman:core");
    assertThat(kinds("General Trading")).containsExactly("general:core", "trading:core");
    assertThat(kinds("I. Ash")).containsExactly("i:core", "ash:core");
  }

  @Test
  void surnameCommaGivenIsPutInNaturalOrderButNotBeforeALegalForm() {
    assertThat(NameAnalyzer.texts("PUTIN, Vladimir Vladimirovich")).containsExactly("vladimir", "vladimirovich",
        "putin");
    assertThat(NameAnalyzer.texts("GAZPROM TRANSGAZ, OOO")).containsExactly("gazprom", "transgaz", "ooo");
  }

  @Test
  void cyrillicGetsTwoRomanisations() {
    List<List<NameToken>> a = NameAnalyzer.analyze("Пригожин");
    assertThat(a).hasSize(2);
    assertThat(a.get(0).get(0).text()).isEqualTo("prigozhin");
    assertThat(a.get(1).get(0).text()).isEqualTo("prigozin");
    assertThat(a.get(0).get(0).transliterated()).isTrue();
  }

  @Test
  void otherScriptsAreTransliterated() {
    assertThat(NameAnalyzer.texts("Ωμέγα")).containsExactly("omega");
    assertThat(NameAnalyzer.texts("北京")).containsExactly("bei", "jing");
    assertThat(NameAnalyzer.texts("أحمد")).containsExactly("ahmd");
  }

  @Test
  void noLettersMeansNoTokens() {
    assertThat(NameAnalyzer.analyze("--- ... ")).isEmpty();
  }

  @Test
  void aLegalFormSplitOffAWordDoesNotPushTheNameOverTheTokenCap() {
    StringBuilder name = new StringBuilder("jscarzamas");
    for (int i = 1; i < NameAnalyzer.MAX_TOKENS; i++) {
      name.append(" word").append((char) ('a' + i));
    }
    List<NameToken> once = NameAnalyzer.analyzeFirst(name.toString());
    assertThat(once).hasSizeLessThanOrEqualTo(NameAnalyzer.MAX_TOKENS);
    StringBuilder again = new StringBuilder();
    for (NameToken t : once) {
      again.append(t.text()).append(' ');
    }
    assertThat(NameAnalyzer.analyzeFirst(again.toString())).isEqualTo(once);
  }
}
