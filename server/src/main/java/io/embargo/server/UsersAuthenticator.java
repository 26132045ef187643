package io.embargo.server;

import io.embargo.store.Actor;
import io.embargo.store.users.Users;
import java.util.Optional;

/** The store's users and API keys ({@link Users}) as the server's {@link Authenticator}. */
final class UsersAuthenticator implements Authenticator {
  private final Users users;

  UsersAuthenticator(Users users) {
    this.users = users;
  }

  @Override
  public Optional<Actor> password(String user, char[] password) {
    try {
      return users.authenticate(user, password);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a malformed name is just a failed login
    }
  }

  @Override
  public Optional<Actor> apiKey(String key) {
    try {
      return users.authenticateApiKey(key);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
