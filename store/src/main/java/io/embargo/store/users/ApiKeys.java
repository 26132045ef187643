package io.embargo.store.users;

import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.Role;
import io.embargo.store.audit.AuditJson;
import io.embargo.store.audit.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * API keys: {@code emb_<12 hex id>.<43 base64url secret>}. The id is stored in clear (for lookup and display),
 * the whole key only as a SHA-256 hash, compared in constant time. Thread-safe.
 */
final class ApiKeys {
  private static final Pattern KEY = Pattern.compile("emb_([0-9a-f]{12})\\.([A-Za-z0-9_-]{43})");

  private final Database db;
  private final AuditTrail audit;

  ApiKeys(Database db, AuditTrail audit) {
    this.db = db;
    this.audit = audit;
  }

  String create(String name, Actor by) {
    if (!by.name().equals(name)) {
      by.require(Role.ADMIN);
    }
    String keyId = HexFormat.of().formatHex(PasswordHasher.randomBytes(6));
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(PasswordHasher.randomBytes(32));
    String key = Users.KEY_PREFIX + keyId + "." + secret;
    audit.inTransaction(tx -> {
      Integer disabled = tx.handle().createQuery("SELECT disabled FROM users WHERE name = :n").bind("n", name)
          .mapTo(Integer.class).findOne()
          .orElseThrow(() -> new IllegalArgumentException("name: no user '" + name + "'"));
      if (disabled != 0) {
        throw new IllegalArgumentException("name: user '" + name + "' is disabled");
      }
      tx.handle().createUpdate("INSERT INTO api_keys (key_id, user_name, key_hash, created_at, created_by)"
              + " VALUES (:k, :n, :h, :t, :b)")
          .bind("k", keyId).bind("n", name).bind("h", PasswordHasher.sha256Hex(key)).bind("t", tx.nowMs())
          .bind("b", by.name()).execute();
      tx.append(by, "apikey.create", "user:" + name, AuditJson.of("key", Users.KEY_PREFIX + keyId), List.of());
      return null;
    });
    return key;
  }

  Optional<Actor> authenticate(String key) {
    if (key == null) {
      return Optional.empty();
    }
    var m = KEY.matcher(key);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<String[]> row = db.jdbi().withHandle(h -> h.createQuery("SELECT k.key_hash, u.name, u.roles"
            + " FROM api_keys k JOIN users u ON u.name = k.user_name"
            + " WHERE k.key_id = :k AND k.revoked_at IS NULL AND u.disabled = 0")
        .bind("k", m.group(1))
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
        .findOne());
    byte[] actual = PasswordHasher.sha256Hex(key).getBytes(StandardCharsets.US_ASCII);
    if (row.isEmpty() || !MessageDigest.isEqual(actual, row.get()[0].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    return Optional.of(new Actor(row.get()[1], Users.decode(row.get()[2])));
  }

  void revoke(String keyOrPrefix, Actor by) {
    String s = keyOrPrefix == null ? "" : keyOrPrefix.trim();
    String keyId = s.startsWith(Users.KEY_PREFIX) ? s.substring(Users.KEY_PREFIX.length()) : s;
    int dot = keyId.indexOf('.');
    String id = dot >= 0 ? keyId.substring(0, dot) : keyId;
    audit.inTransaction(tx -> {
      var h = tx.handle();
      String owner = h.createQuery("SELECT user_name FROM api_keys WHERE key_id = :k AND revoked_at IS NULL")
          .bind("k", id).mapTo(String.class).findOne()
          .orElseThrow(() -> new IllegalArgumentException("key: no active API key " + Users.KEY_PREFIX + id));
      if (!owner.equals(by.name())) {
        by.require(Role.ADMIN);
      }
      h.createUpdate("UPDATE api_keys SET revoked_at = :t WHERE key_id = :k").bind("t", tx.nowMs())
          .bind("k", id).execute();
      tx.append(by, "apikey.revoke", "user:" + owner, AuditJson.of("key", Users.KEY_PREFIX + id), List.of());
      return null;
    });
  }
}
