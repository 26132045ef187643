package io.embargo.cli;

import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.users.Users;

/** Resolves the {@code --user NAME} of a CLI action to an actor, refusing unknown or disabled users. */
final class CliActors {
  private CliActors() {}

  /** @throws SecurityException (exit 3) naming the user when it is missing, unknown or disabled */
  static Actor require(Database db, String name) {
    if (name == null || name.isBlank()) {
      throw new SecurityException("--user: required (the user this action is recorded under)");
    }
    return new Users(db).find(name)
        .orElseThrow(() -> new SecurityException("--user: unknown or disabled user '" + name + "'"));
  }
}
