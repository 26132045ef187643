package io.embargo.cli;

import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.Role;
import io.embargo.store.users.UserInfo;
import io.embargo.store.users.Users;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code embargo users add|list|key|disable|revoke-key}: the user store. There is no default user: the first
 * {@code users add} (which must include the admin role) needs no {@code --user}; later ones need an admin.
 */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage users, roles and API keys.",
    subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Key.class,
        UsersCommand.Disable.class, UsersCommand.RevokeKey.class})
final class UsersCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Create a user. The password is asked twice on the console, or read from stdin.")
  static final class Add implements Runnable {
    @Mixin GlobalOptions global;
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
        description = "Roles: analyst, reviewer, admin, auditor (comma-separated).") List<String> roles;
    @Option(names = "--password-stdin", description = "Read the password from the first line of stdin.")
    boolean passwordStdin;
    @Option(names = "--user", description = "Admin creating the user (not needed for the first admin).")
    String user;

    @Override
    public void run() {
      Set<Role> rs = EnumSet.noneOf(Role.class);
      roles.forEach(r -> rs.add(Role.parse(r)));
      try (Database db = global.openDatabase()) {
        Users users = new Users(db);
        Actor by = users.any() ? CliActors.require(db, user) : Actor.SYSTEM;
        char[] pw = passwordStdin ? readStdin() : prompt();
        try {
          users.create(name, pw, rs, by);
        } finally {
          Arrays.fill(pw, '\0');
        }
        System.out.println("created user " + name + " (" + rs.stream().map(Role::code)
            .collect(Collectors.joining(",")) + ")");
      }
    }

    private static char[] readStdin() {
      try {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
          throw new IllegalArgumentException("--password-stdin: stdin is empty");
        }
        return line.toCharArray();
      } catch (IOException e) {
        throw new IllegalArgumentException("--password-stdin: cannot read stdin: " + e.getMessage(), e);
      }
    }

    private static char[] prompt() {
      Console c = System.console();
      if (c == null) {
        throw new IllegalArgumentException("no console to ask the password on: use --password-stdin");
      }
      char[] a = c.readPassword("Password: ");
      char[] b = c.readPassword("Repeat password: ");
      if (a == null || b == null || !Arrays.equals(a, b)) {
        throw new IllegalArgumentException("password: the two entries differ");
      }
      Arrays.fill(b, '\0');
      return a;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List users, roles and API key prefixes.")
  static final class ListUsers implements Runnable {
    @Mixin GlobalOptions global;

    @Override
    public void run() {
      try (Database db = global.openDatabase()) {
        System.out.printf("%-20s %-28s %-9s %s%n", "NAME", "ROLES", "STATE", "API KEYS");
        for (UserInfo u : new Users(db).list()) {
          System.out.printf("%-20s %-28s %-9s %s%n", u.name(),
              u.roles().stream().map(Role::code).sorted().collect(Collectors.joining(",")),
              u.disabled() ? "disabled" : "active", String.join(" ", u.activeKeys()));
        }
      }
    }
  }

  @Command(name = "key", mixinStandardHelpOptions = true,
      description = "Create an API key for NAME and print it (shown only this once).")
  static final class Key implements Runnable {
    @Mixin GlobalOptions global;
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Option(names = "--user", description = "Who creates the key: NAME itself (default) or an admin.") String user;

    @Override
    public void run() {
      try (Database db = global.openDatabase()) {
        Actor by = CliActors.require(db, user == null ? name : user);
        System.out.println(new Users(db).createApiKey(name, by));
        System.err.println("store this key now: it cannot be shown again");
      }
    }
  }

  @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user (admin).")
  static final class Disable implements Runnable {
    @Mixin GlobalOptions global;
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Option(names = "--user", required = true, description = "The admin doing it.") String user;

    @Override
    public void run() {
      try (Database db = global.openDatabase()) {
        new Users(db).disable(name, CliActors.require(db, user));
        System.out.println("disabled user " + name);
      }
    }
  }

  @Command(name = "revoke-key", mixinStandardHelpOptions = true, description = "Revoke an API key by its prefix.")
  static final class RevokeKey implements Runnable {
    @Mixin GlobalOptions global;
    @Parameters(index = "0", paramLabel = "PREFIX", description = "e.g. emb_1a2b3c4d5e6f") String prefix;
    @Option(names = "--user", required = true, description = "The key's owner or an admin.") String user;

    @Override
    public void run() {
      try (Database db = global.openDatabase()) {
        new Users(db).revokeApiKey(prefix, CliActors.require(db, user));
        System.out.println("revoked " + prefix);
      }
    }
  }
}
