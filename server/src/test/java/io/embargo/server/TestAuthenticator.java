package io.embargo.server;

import io.embargo.store.Actor;
import io.embargo.store.Role;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory users and API keys for tests: user {@code X} has password {@code X-pw} and key {@code X-key}. */
final class TestAuthenticator implements Authenticator {
  private final Map<String, Actor> users = new ConcurrentHashMap<>();

  TestAuthenticator user(String name, Role... roles) {
    users.put(name, new Actor(name, Set.of(roles)));
    return this;
  }

  static TestAuthenticator standard() {
    return new TestAuthenticator().user("ana", Role.ANALYST).user("rev", Role.REVIEWER).user("adm", Role.ADMIN)
        .user("aud", Role.AUDITOR);
  }

  @Override
  public Optional<Actor> password(String user, char[] password) {
    Actor a = users.get(user);
    return a != null && Arrays.equals(password, (user + "-pw").toCharArray()) ? Optional.of(a) : Optional.empty();
  }

  @Override
  public Optional<Actor> apiKey(String key) {
    if (!key.endsWith("-key")) {
      return Optional.empty();
    }
    return Optional.ofNullable(users.get(key.substring(0, key.length() - 4)));
  }
}
