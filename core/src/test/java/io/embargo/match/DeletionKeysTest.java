package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The hashed deletion keys agree with the strings they stand for. */
class DeletionKeysTest {
  @Property(tries = 1000)
  void probeHashesEqualTheHashesOfTheDeletedStrings(@ForAll @AlphaChars @StringLength(min = 2, max = 20) String w) {
    DeletionKeys.Probe p = new DeletionKeys.Probe().of(w);
    assertThat(p.whole()).isEqualTo(DeletionKeys.hash(w));
    for (int i = 0; i < w.length(); i++) {
      String one = w.substring(0, i) + w.substring(i + 1);
      assertThat(p.without(i)).isEqualTo(DeletionKeys.hash(one));
      for (int j = i + 1; j < w.length(); j++) {
        String two = w.substring(0, i) + w.substring(i + 1, j) + w.substring(j + 1);
        assertThat(p.without(i, j)).isEqualTo(DeletionKeys.hash(two));
      }
    }
  }

  @Test
  void looksUpTheListsOfItsKeysAndNothingElse() {
    Map<String, int[]> m = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      m.put("key" + i, new int[] {i, i + 1});
    }
    DeletionKeys k = new DeletionKeys(m);
    for (int i = 0; i < 5000; i++) {
      assertThat(k.get(DeletionKeys.hash("key" + i))).containsExactly(i, i + 1);
    }
    assertThat(k.get(DeletionKeys.hash("absent"))).isEmpty();
    assertThat(new DeletionKeys(Map.of()).get(DeletionKeys.hash("x"))).isEmpty();
  }
}
