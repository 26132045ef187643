package io.embargo.server;

import io.embargo.store.Actor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side web sessions: an unguessable id (the cookie), the actor, a CSRF token, and two expiries (idle
 * and absolute). Thread-safe. Sessions live in memory: a restart logs everyone out, which is the safe
 * default for a compliance tool.
 */
final class Sessions {
  /** A live session. */
  record Session(String id, Actor actor, String csrf, Instant created, Instant lastSeen) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final Duration idle;
  private final Duration max;
  private final Clock clock;

  Sessions(Duration idle, Duration max, Clock clock) {
    this.idle = idle;
    this.max = max;
    this.clock = clock;
  }

  static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  Session create(Actor actor) {
    Instant now = clock.instant();
    Session s = new Session(token(), actor, token(), now, now);
    byId.put(s.id(), s);
    if (byId.size() % 256 == 0) {
      purge(now);
    }
    return s;
  }

  /** The live session with this id, its idle timer restarted; empty when unknown or expired. */
  Optional<Session> touch(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = byId.get(id);
    if (s == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (expired(s, now)) {
      byId.remove(id);
      return Optional.empty();
    }
    Session t = new Session(s.id(), s.actor(), s.csrf(), s.created(), now);
    byId.replace(id, s, t);
    return Optional.of(t);
  }

  void end(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  private boolean expired(Session s, Instant now) {
    return now.isAfter(s.lastSeen().plus(idle)) || now.isAfter(s.created().plus(max));
  }

  private void purge(Instant now) {
    byId.values().removeIf(s -> expired(s, now));
  }
}
