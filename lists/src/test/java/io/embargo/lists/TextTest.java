package io.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void country_listSpellings() {
    assertThat(Text.country("Russia")).isEqualTo("RU");
    assertThat(Text.country("RU")).isEqualTo("RU");
    assertThat(Text.country("Virgin Islands, British")).isEqualTo("VG");
    assertThat(Text.country("Man, Isle of")).isEqualTo("IM");
    assertThat(Text.country("North Macedonia, The Republic of")).isEqualTo("MK");
    assertThat(Text.country("Congo, Republic of the")).isEqualTo("CG");
    assertThat(Text.country("Trinidad and Tobago")).isEqualTo("TT");
    assertThat(Text.country("Region: Gaza")).isEqualTo("PS");
    assertThat(Text.country("Palestinian")).isEqualTo("PS");
    assertThat(Text.country("Cote d Ivoire")).isEqualTo("CI");
    assertThat(Text.country("undetermined")).isNull();
    assertThat(Text.country("-0- ")).isNull();
    assertThat(Text.country(null)).isNull();
  }

  @Test
  void split_dropsBlanksAndTrims() {
    assertThat(Text.split("A; B ;; C", "; ")).containsExactly("A", "B ;", "C");
    assertThat(Text.split("", "; ")).isEmpty();
    assertThat(Text.split("One", "; ")).containsExactly("One");
  }
}
