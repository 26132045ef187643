package io.embargo.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTest {
  @TempDir Path dir;

  @Test
  void defaultsAreValid() {
    Policy p = Policy.defaults();
    assertThat(p.blockThreshold()).isGreaterThan(p.reviewThreshold());
    assertThat(p.version()).isNotBlank();
  }

  @Test
  void fileOverridesSomeSettingsAndKeepsDefaultsForOthers() throws Exception {
    Path f = dir.resolve("policy.properties");
    Files.writeString(f, "policy.version=bank-7\npolicy.block-threshold=0.95\n");
    Policy p = Policy.load(f);
    assertThat(p.version()).isEqualTo("bank-7");
    assertThat(p.blockThreshold()).isEqualTo(0.95);
    assertThat(p.reviewThreshold()).isEqualTo(Policy.defaults().reviewThreshold());
  }

  @Test
  void badValuesNameTheFileAndTheSetting() throws Exception {
    Path f = dir.resolve("bad.properties");
    Files.writeString(f, "policy.block-threshold=1.5\n");
    assertThatThrownBy(() -> Policy.load(f)).hasMessageContaining("bad.properties")
        .hasMessageContaining("policy.block-threshold: must be between 0 and 1, was 1.5");

    Files.writeString(f, "policy.review-threshold=0.99\n");
    assertThatThrownBy(() -> Policy.load(f)).hasMessageContaining("policy.review-threshold: must not exceed");

    Files.writeString(f, "policy.weak-alias-clears=maybe\n");
    assertThatThrownBy(() -> Policy.load(f)).hasMessageContaining("policy.weak-alias-clears: must be true or false");

    Files.writeString(f, "policy.block-threshold=high\n");
    assertThatThrownBy(() -> Policy.load(f)).hasMessageContaining("policy.block-threshold: not a number");
  }
}
