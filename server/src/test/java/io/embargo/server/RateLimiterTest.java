package io.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  final AtomicLong now = new AtomicLong(1_000_000_000L);
  final RateLimiter limiter = new RateLimiter(2, 3, now::get);

  @Test
  void burstThenRefillAtRate() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire("a")).isZero();
    }
    assertThat(limiter.acquire("a")).isEqualTo(1); // empty: wait (1 token at 2/s -> ceil(0.5) = 1 s)
    now.addAndGet(500_000_000L); // half a second refills one token at 2/s
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isPositive();
  }

  @Test
  void callersHaveSeparateBucketsAndRefillIsCappedAtBurst() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("a");
    }
    assertThat(limiter.acquire("b")).isZero();
    now.addAndGet(3_600_000_000_000L); // an hour later: still only `burst` tokens
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire("a")).isZero();
    }
    assertThat(limiter.acquire("a")).isPositive();
  }
}
