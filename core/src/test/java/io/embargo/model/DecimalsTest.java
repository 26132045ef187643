package io.embargo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  private static String formatter(double v, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", v);
  }

  @Property(tries = 20_000)
  void sameTextAsTheFormatter(@ForAll @DoubleRange(min = -2, max = 2) @Scale(12) double v, @ForAll @IntRange(min = 0, max = 6) int places) {
    assertThat(Decimals.fixed(v, places)).isEqualTo(formatter(v, places));
  }

  @Property(tries = 20_000)
  void sameTextUpToAThousand(@ForAll @DoubleRange(min = -999.999, max = 999.999) @Scale(9) double v,
      @ForAll @IntRange(min = 0, max = 6) int places) {
    assertThat(Decimals.fixed(v, places)).isEqualTo(formatter(v, places));
  }

  @Property(tries = 20_000)
  void sameTextOnDecimalTies(@ForAll @IntRange(min = 0, max = 99_999) int units, @ForAll @IntRange(min = 1, max = 4) int places) {
    // k + 0.5 units of the last place, written as a decimal: the formatter rounds these half-up
    double v = (units + 0.5) / Math.pow(10, places);
    assertThat(Decimals.fixed(v, places)).isEqualTo(formatter(v, places));
  }

  @Test
  void knownValues() {
    assertThat(Decimals.fixed(0.125, 2)).isEqualTo("0.13");
    assertThat(Decimals.fixed(1.005, 2)).isEqualTo(formatter(1.005, 2));
    assertThat(Decimals.fixed(0.95, 4)).isEqualTo("0.9500");
    assertThat(Decimals.fixed(1.0, 2)).isEqualTo("1.00");
    assertThat(Decimals.fixed(0.99999, 2)).isEqualTo("1.00");
    assertThat(Decimals.fixed(0.004, 2)).isEqualTo("0.00");
    assertThat(Decimals.fixed(-0.25, 2)).isEqualTo("-0.25");
    assertThat(Decimals.fixed(-0.001, 2)).isEqualTo("-0.00");
    assertThat(Decimals.fixed(-0.0, 2)).isEqualTo(formatter(-0.0, 2));
    assertThat(Decimals.fixed(Double.NaN, 2)).isEqualTo("NaN");
    assertThat(Decimals.fixed(12345.678, 1)).isEqualTo("12345.7");
    assertThat(Decimals.fixed(999.9995, 3)).isEqualTo(formatter(999.9995, 3));
    assertThat(Decimals.fixed(1e300, 2)).isEqualTo(formatter(1e300, 2));
    assertThat(Decimals.fixed(7.5, 0)).isEqualTo("8");
  }

  @Test
  void placesOutOfRangeNameTheArgument() {
    assertThatThrownBy(() -> Decimals.fixed(1, 7)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("places");
  }
}
