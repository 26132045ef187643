package io.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code embargo bench import}: prints one row per list with its entry count, the total and the heap. */
class BenchImportCommandTest {
  @Test
  void evalSet_printsEveryListAndTheHeap() {
    CliRun r = CliRun.of("bench", "import", "--eval");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("ofac-sdn +OFAC_CSV +14965 ")
        .containsPattern("ofac-cons +OFAC_CSV +442 ")
        .containsPattern("csl +CSL_CSV +4241 ")
        .containsPattern("bis-dpl +BIS_DPL +546 ")
        .containsPattern("un +UN_XML +1003 ")
        .containsPattern("uk +UK_CSV +5300 ")
        .containsPattern("total +26497 ")
        .contains("heap used after GC:");
  }

  @Test
  void negativeWarmup_isBadInput() {
    CliRun r = CliRun.of("bench", "import", "--warmup", "-1");
    assertThat(r.code()).isEqualTo(ErrorHandler.BAD_INPUT);
    assertThat(r.err()).contains("--warmup must not be negative: -1");
  }
}
