package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both maps of the drawn forms (direct for small indexes, a table for large ones) agree with a plain array. */
class DrawnFormsTest {
  @ParameterizedTest
  @ValueSource(ints = {5_000, DrawnForms.DIRECT_LIMIT + 1, 2_000_000})
  void drawsFindsAndForgetsFormsOverManyQueries(int indexForms) {
    DrawnForms d = new DrawnForms(indexForms);
    Random rnd = new Random(indexForms);
    for (int query = 0; query < 20; query++) {
      int[] expected = new int[indexForms];
      java.util.Arrays.fill(expected, -1);
      // Up to 5,000 draws: past the first list capacity (1,024) and several table rehashes.
      int draws = rnd.nextInt(5_000);
      for (int i = 0; i < draws; i++) {
        int f = rnd.nextInt(indexForms);
        if (d.indexOf(f) < 0) {
          expected[f] = d.draw(f, f / 7f);
        }
        assertThat(d.indexOf(f)).isEqualTo(expected[f]);
      }
      for (int k = 0; k < d.count; k++) {
        assertThat(d.indexOf(d.forms[k])).isEqualTo(k);
        assertThat(d.weight[k]).isEqualTo(d.forms[k] / 7f);
      }
      for (int i = 0; i < 200; i++) {
        int f = rnd.nextInt(indexForms);
        assertThat(d.indexOf(f)).isEqualTo(expected[f]);
      }
      d.clear();
      assertThat(d.count).isZero();
      for (int f = 0; f < indexForms; f += 97) {
        assertThat(d.indexOf(f)).isEqualTo(-1);
      }
    }
  }
}
