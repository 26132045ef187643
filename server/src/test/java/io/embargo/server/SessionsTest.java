package io.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.store.Actor;
import io.embargo.store.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionsTest {
  Instant t = Instant.parse("2026-11-28T12:00:00Z");
  final Clock clock = new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId z) { return this; }
    @Override public Instant instant() { return t; }
  };
  final Sessions sessions = new Sessions(Duration.ofMinutes(30), Duration.ofHours(2), clock);
  final Actor ana = new Actor("ana", Set.of(Role.ANALYST));

  @Test
  void idleExpiryIsSlidingButAbsoluteExpiryIsNot() {
    Sessions.Session s = sessions.create(ana);
    assertThat(s.id()).isNotEqualTo(s.csrf()).hasSizeGreaterThanOrEqualTo(43);
    for (int i = 0; i < 3; i++) {
      t = t.plus(Duration.ofMinutes(29));
      assertThat(sessions.touch(s.id())).isPresent();
    }
    t = t.plus(Duration.ofMinutes(29)); // 116 min after login
    assertThat(sessions.touch(s.id())).isPresent();
    t = t.plus(Duration.ofMinutes(5)); // 121 min: past the absolute limit
    assertThat(sessions.touch(s.id())).isEmpty();
  }

  @Test
  void idleTooLongOrEndedOrUnknownIsGone() {
    Sessions.Session s = sessions.create(ana);
    t = t.plus(Duration.ofMinutes(31));
    assertThat(sessions.touch(s.id())).isEmpty();
    Sessions.Session s2 = sessions.create(ana);
    sessions.end(s2.id());
    assertThat(sessions.touch(s2.id())).isEmpty();
    assertThat(sessions.touch("nope")).isEmpty();
    assertThat(sessions.touch(null)).isEmpty();
  }
}
