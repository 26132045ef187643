package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The flat form table holds each form's tokens and owners as the forms themselves do. */
class FormTableTest {
  private static PreparedName form(String name, int firstId) {
    int[] next = {firstId};
    return PreparedName.of(NameAnalyzer.analyzeFirst(name), t -> new TokenInfo(t.text(), false, next[0]++),
        t -> 1.0 + t.id);
  }

  @Test
  void tokensAndOwnersComeBackPerForm() {
    PreparedName[] forms = {form("Positive Technologies", 0), form("Saito Tech Ltd", 10), form("Coseinc", 20)};
    // Names 0 and 3 write form 0, name 1 form 2, name 2 form 1.
    FormTable table = new FormTable(forms, new int[] {0, 2, 1, 0});
    for (int f = 0; f < forms.length; f++) {
      assertThat(table.size(f)).isEqualTo(forms[f].size());
      for (int j = 0; j < forms[f].size(); j++) {
        long packed = table.data[FormTable.STRIDE * (table.start[f] + j)];
        assertThat((int) (packed >>> 32)).isEqualTo(forms[f].ids[j]);
        assertThat((int) packed).isEqualTo(forms[f].shape[j]);
        assertThat(Double.longBitsToDouble(table.data[FormTable.STRIDE * (table.start[f] + j) + 1]))
            .isEqualTo(forms[f].weights[j]);
      }
    }
    assertThat(owners(table, 0)).containsExactly(0, 3);
    assertThat(owners(table, 1)).containsExactly(2);
    assertThat(owners(table, 2)).containsExactly(1);
  }

  private static int[] owners(FormTable t, int f) {
    return java.util.Arrays.copyOfRange(t.owners, t.ownerStart[f], t.ownerStart[f + 1]);
  }
}
