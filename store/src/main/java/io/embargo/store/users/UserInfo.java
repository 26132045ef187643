package io.embargo.store.users;

import io.embargo.store.Role;
import java.time.Instant;
import java.util.Set;

/**
 * A user as listed for administrators (never the password hash).
 *
 * @param name user name
 * @param roles roles held
 * @param disabled true when the user may no longer log in or use API keys
 * @param createdAt when the user was created
 * @param createdBy who created the user
 * @param activeKeys display prefixes of the user's unrevoked API keys
 */
public record UserInfo(String name, Set<Role> roles, boolean disabled, Instant createdAt, String createdBy,
    java.util.List<String> activeKeys) {
  public UserInfo {
    roles = Set.copyOf(roles);
    activeKeys = java.util.List.copyOf(activeKeys);
  }
}
