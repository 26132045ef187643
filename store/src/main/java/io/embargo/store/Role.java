package io.embargo.store;

import java.util.Locale;

/** What a user may do. Roles are additive: an admin is not implicitly a reviewer. */
public enum Role {
  /** Screens, records alerts, decides alerts. */
  ANALYST,
  /** Approves or returns an analyst's decision (four eyes). */
  REVIEWER,
  /** Manages users, API keys, lists and retention. */
  ADMIN,
  /** Reads audit trails and exports reports. */
  AUDITOR;

  /** @throws IllegalArgumentException naming the value when no role has that name */
  public static Role parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("role: unknown role '" + s + "' (analyst, reviewer, admin, auditor)", e);
    }
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
