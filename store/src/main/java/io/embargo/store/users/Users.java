package io.embargo.store.users;

import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.Role;
import io.embargo.store.audit.AuditJson;
import io.embargo.store.audit.AuditTrail;
import io.embargo.store.audit.AuditTx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The user store: users with roles, passwords hashed with PBKDF2-HMAC-SHA256 (210,000 iterations, random
 * per-user salt, constant-time comparison) and API keys of which only a SHA-256 hash is kept. There is no
 * default user and no default password: the first user is created (as an admin) by {@code embargo users add};
 * every later user is created by an admin. Every change is written to the audit trail in the same transaction.
 *
 * <p>Thread-safe. Methods throw {@link IllegalArgumentException} for bad input (naming the field) and
 * {@link SecurityException} when the acting user lacks the role. Secrets are never logged or put in messages.
 *
 * <pre>{@code
 * Users users = new Users(db);
 * users.create("alice", pw, Set.of(Role.ADMIN), Actor.SYSTEM);      // first user
 * Optional<Actor> a = users.authenticate("alice", pw);
 * String key = users.createApiKey("alice", a.get());              // shown once
 * Optional<Actor> same = users.authenticateApiKey(key);
 * }</pre>
 */
public final class Users {
  /** Shortest password accepted. */
  public static final int MIN_PASSWORD_LENGTH = 10;
  /** Every API key starts with this. */
  public static final String KEY_PREFIX = "emb_";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

  private final Database db;
  private final AuditTrail audit;
  private final ApiKeys keys;

  public Users(Database db) {
    this.db = Objects.requireNonNull(db, "db");
    this.audit = new AuditTrail(db);
    this.keys = new ApiKeys(db, audit);
  }

  /**
   * Creates a user. The very first user must hold the admin role (and may be created by anyone, normally
   * {@link Actor#SYSTEM} from the CLI); after that only an admin may create users.
   *
   * @throws IllegalArgumentException for a bad name, a short password, no roles, or an existing name
   * @throws SecurityException when {@code by} is not an admin (except for the first user)
   */
  public void create(String name, char[] password, Set<Role> roles, Actor by) {
    requireName(name);
    Objects.requireNonNull(by, "by");
    if (password == null || password.length < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException("password: at least " + MIN_PASSWORD_LENGTH + " characters required");
    }
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("roles: at least one role required");
    }
    String hash = PasswordHasher.hash(password);
    audit.inTransaction(tx -> {
      long n = tx.handle().createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one();
      if (n == 0 && !roles.contains(Role.ADMIN)) {
        throw new IllegalArgumentException("roles: the first user must have the admin role");
      }
      if (n > 0) {
        by.require(Role.ADMIN);
      }
      if (exists(tx, name)) {
        throw new IllegalArgumentException("name: user '" + name + "' already exists");
      }
      tx.handle().createUpdate("INSERT INTO users (name, password_hash, roles, disabled, created_at, created_by)"
              + " VALUES (:n, :h, :r, 0, :t, :b)")
          .bind("n", name).bind("h", hash).bind("r", encode(roles)).bind("t", tx.nowMs()).bind("b", by.name())
          .execute();
      tx.append(by, "user.create", "user:" + name, AuditJson.of("roles", encode(roles)), List.of());
      return null;
    });
  }

  /** The actor for a name and password, or empty (unknown user, disabled user or wrong password alike). */
  public Optional<Actor> authenticate(String name, char[] password) {
    if (name == null || password == null) {
      return Optional.empty();
    }
    Optional<String[]> row = db.jdbi().withHandle(h -> h.createQuery(
            "SELECT password_hash, roles, disabled FROM users WHERE name = :n")
        .bind("n", name)
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), Integer.toString(rs.getInt(3))})
        .findOne());
    if (row.isEmpty()) {
      PasswordHasher.dummyCheck(password);
      return Optional.empty();
    }
    boolean ok = PasswordHasher.matches(password, row.get()[0]);
    if (!ok || !row.get()[2].equals("0")) {
      return Optional.empty();
    }
    return Optional.of(new Actor(name, decode(row.get()[1])));
  }

  /**
   * Creates an API key for {@code name} and returns it. This is the only time the plaintext exists: only
   * its SHA-256 hash is stored, with its display prefix ({@code emb_xxxxxxxxxxxx}).
   *
   * @throws SecurityException unless {@code by} is an admin or the user themself
   * @throws IllegalArgumentException when the user does not exist or is disabled
   */
  public String createApiKey(String name, Actor by) {
    return keys.create(name, by);
  }

  /** The actor owning an unrevoked key of an enabled user, or empty (malformed, unknown, revoked). */
  public Optional<Actor> authenticateApiKey(String key) {
    return keys.authenticate(key);
  }

  /** The actor for an enabled user, or empty when there is no such user or it is disabled. */
  public Optional<Actor> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return db.jdbi().withHandle(h -> h.createQuery("SELECT roles FROM users WHERE name = :n AND disabled = 0")
        .bind("n", name).mapTo(String.class).findOne().map(r -> new Actor(name, decode(r))));
  }

  /** Every user, by name. */
  public List<UserInfo> list() {
    return db.jdbi().withHandle(h -> {
      var active = h.createQuery("SELECT user_name, key_id FROM api_keys WHERE revoked_at IS NULL ORDER BY key_id")
          .map((rs, ctx) -> new String[] {rs.getString(1), KEY_PREFIX + rs.getString(2)}).list();
      return h.createQuery("SELECT name, roles, disabled, created_at, created_by FROM users ORDER BY name")
          .map((rs, ctx) -> {
            String n = rs.getString(1);
            List<String> mine = new ArrayList<>();
            active.stream().filter(k -> k[0].equals(n)).forEach(k -> mine.add(k[1]));
            return new UserInfo(n, decode(rs.getString(2)), rs.getInt(3) != 0,
                Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), mine);
          }).list();
    });
  }

  /** True when at least one user exists (the CLI uses this to allow creating the first admin). */
  public boolean any() {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one()) > 0;
  }

  /**
   * Disables a user: no more logins, API keys stop working. Refuses to disable the last enabled admin.
   *
   * @throws SecurityException unless {@code by} is an admin
   * @throws IllegalArgumentException for an unknown user or the last admin
   */
  public void disable(String name, Actor by) {
    by.require(Role.ADMIN);
    audit.inTransaction(tx -> {
      var h = tx.handle();
      String roles = h.createQuery("SELECT roles FROM users WHERE name = :n").bind("n", name)
          .mapTo(String.class).findOne().orElseThrow(() -> unknown(name));
      if (decode(roles).contains(Role.ADMIN)) {
        long admins = h.createQuery("SELECT roles FROM users WHERE disabled = 0").mapTo(String.class).stream()
            .filter(r -> decode(r).contains(Role.ADMIN)).count();
        if (admins <= 1) {
          throw new IllegalArgumentException("name: '" + name + "' is the last enabled admin");
        }
      }
      h.createUpdate("UPDATE users SET disabled = 1 WHERE name = :n").bind("n", name).execute();
      tx.append(by, "user.disable", "user:" + name, "{}", List.of());
      return null;
    });
  }

  /**
   * Revokes an API key given its display prefix ({@code emb_xxxxxxxxxxxx}) or the whole key.
   *
   * @throws SecurityException unless {@code by} is an admin or the key's owner
   * @throws IllegalArgumentException when no unrevoked key has that prefix
   */
  public void revokeApiKey(String keyOrPrefix, Actor by) {
    keys.revoke(keyOrPrefix, by);
  }

  private static boolean exists(AuditTx tx, String name) {
    return tx.handle().createQuery("SELECT COUNT(*) FROM users WHERE name = :n").bind("n", name)
        .mapTo(Long.class).one() > 0;
  }

  private static void requireName(String name) {
    if (name == null || !NAME.matcher(name).matches() || name.equals(Actor.SYSTEM.name())) {
      throw new IllegalArgumentException("name: '" + name + "' is not a valid user name (letters, digits, . _ @ -;"
          + " at most 64; 'system' is reserved)");
    }
  }

  private static IllegalArgumentException unknown(String name) {
    return new IllegalArgumentException("name: no user '" + name + "'");
  }

  static String encode(Set<Role> roles) {
    return roles.stream().map(Role::code).collect(Collectors.toCollection(TreeSet::new)).stream()
        .collect(Collectors.joining(","));
  }

  static Set<Role> decode(String roles) {
    Set<Role> s = EnumSet.noneOf(Role.class);
    for (String r : roles.split(",")) {
      if (!r.isBlank()) {
        s.add(Role.parse(r));
      }
    }
    return s;
  }
}
