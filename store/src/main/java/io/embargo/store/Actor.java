package io.embargo.store;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: an authenticated user (or the system itself) and the roles they hold. Every state change in
 * the store takes an actor, checks its roles, and records it in the audit trail.
 *
 * @param name the user name, or {@code system} for automatic work (scheduled refresh, re-screening)
 * @param roles roles held
 */
public record Actor(String name, Set<Role> roles) {
  public static final Actor SYSTEM = new Actor("system", Set.of(Role.ANALYST, Role.ADMIN));

  public Actor {
    Objects.requireNonNull(name, "actor name");
    roles = Set.copyOf(roles);
  }

  public boolean has(Role r) {
    return roles.contains(r);
  }

  /** @throws SecurityException naming the user and the missing role */
  public void require(Role r) {
    if (!has(r)) {
      throw new SecurityException("user '" + name + "' lacks the " + r.code() + " role");
    }
  }
}
