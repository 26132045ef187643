package io.embargo.server;

import io.embargo.store.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call a route: anyone ({@link #PUBLIC}), or an authenticated actor holding at least one of
 * {@link #roles}. Immutable.
 *
 * @param isPublic true when no authentication is needed
 * @param roles roles any one of which suffices (empty for public routes)
 */
record Access(boolean isPublic, Set<Role> roles) {
  static final Access PUBLIC = new Access(true, Set.of());
  /** Any authenticated user, whatever the role. */
  static final Access ANY_USER = new Access(false, EnumSet.allOf(Role.class));

  Access {
    roles = Set.copyOf(roles);
  }

  static Access roles(Role first, Role... rest) {
    return new Access(false, EnumSet.of(first, rest));
  }

  boolean allows(Set<Role> held) {
    if (isPublic) {
      return true;
    }
    for (Role r : held) {
      if (roles.contains(r)) {
        return true;
      }
    }
    return false;
  }
}
