package io.embargo.server;

import io.embargo.store.Actor;
import java.util.Optional;

/**
 * Checks credentials: a user's password (web login) or an API key ({@code Authorization: Bearer …}).
 * Implementations must be thread-safe, compare secrets in constant time, and never log them.
 */
public interface Authenticator {

  /** The actor for this user name and password, or empty when either is wrong. */
  Optional<Actor> password(String user, char[] password);

  /** The actor this API key belongs to, or empty when the key is unknown or revoked. */
  Optional<Actor> apiKey(String key);
}
