package io.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerConfigTest {
  @Test
  void defaultsBindLoopbackOnly() {
    assertThat(ServerConfig.DEFAULT.host()).isEqualTo("127.0.0.1");
    assertThat(ServerConfig.DEFAULT.maxBatchParties()).isEqualTo(1000);
  }

  @Test
  void badSettingsAreNamed() {
    assertThatThrownBy(() -> ServerConfig.DEFAULT.withPort(70000)).hasMessageStartingWith("port:");
    assertThatThrownBy(() -> ServerConfig.DEFAULT.withHost(" ")).hasMessageStartingWith("host:");
    assertThatThrownBy(() -> ServerConfig.DEFAULT.withRateLimit(0, 1)).hasMessageStartingWith("rate-limit:");
    assertThatThrownBy(() -> ServerConfig.DEFAULT.withRateLimit(1, 0)).hasMessageStartingWith("rate-limit-burst:");
    assertThatThrownBy(() -> ServerConfig.DEFAULT.withMaxBatchParties(1001)).hasMessageStartingWith("max-batch-parties:");
  }
}
