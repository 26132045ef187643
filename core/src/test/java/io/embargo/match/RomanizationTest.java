package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanizationTest {

  @Test
  void nameFamiliesShareAKey() {
    assertThat(Romanization.key("mohammed")).isEqualTo(Romanization.key("muhammad"))
        .isEqualTo(Romanization.key("mohamad")).isEqualTo(Romanization.key("mohamed"));
    assertThat(Romanization.key("abdul")).isEqualTo(Romanization.key("abdel"));
    assertThat(Romanization.key("hussein")).isEqualTo(Romanization.key("husayn"));
    assertThat(Romanization.key("yusuf")).isEqualTo(Romanization.key("yousef"));
    assertThat(Romanization.key("qasim")).isEqualTo(Romanization.key("kassem"));
  }

  @Test
  void romanisationRulesMeet() {
    assertThat(Romanization.key("khodorkovsky")).isEqualTo(Romanization.key("hodorkovskiy"));
    assertThat(Romanization.key("zhukov")).isEqualTo(Romanization.key("jukov"));
    assertThat(Romanization.key("aleksandr")).isEqualTo(Romanization.key("alexandr"));
    assertThat(Romanization.key("sergeyev")).isEqualTo(Romanization.key("sergeev"));
    assertThat(Romanization.key("ivanoff")).isEqualTo(Romanization.key("ivanov"));
    assertThat(Romanization.key("tchaikovsky")).isEqualTo(Romanization.key("chaikovskiy"));
    assertThat(Romanization.key("dmitriy")).isEqualTo(Romanization.key("dmitrii")).isEqualTo(Romanization.key("dmitry"));
    assertThat(Romanization.key("youssef")).isEqualTo(Romanization.key("yusuf"));
    assertThat(Romanization.key("putin")).isNotEqualTo(Romanization.key("patin"));
  }

  @Test
  void consonantSkeletonBridgesUnwrittenVowels() {
    assertThat(Romanization.skeleton(Romanization.key("ahmd"))).isEqualTo(Romanization.skeleton(Romanization.key("ahmed")));
  }

  @Test
  void doubleMetaphoneGroupsSoundAlikes() {
    assertThat(Romanization.phonetic("mohammed")).isEqualTo(Romanization.phonetic("muhammad"));
  }
}
