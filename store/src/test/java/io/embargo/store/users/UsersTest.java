package io.embargo.store.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.embargo.store.Actor;
import io.embargo.store.DatabaseTestBase;
import io.embargo.store.Role;
import io.embargo.store.TestDb;
import io.embargo.store.audit.AuditTrail;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class UsersTest {
  @Nested
  class OnSqlite extends Cases {
    @Override protected TestDb open(Path dir) { return TestDb.sqlite(dir); }
  }

  @Nested
  @Tag("postgres")
  class OnPostgres extends Cases {
    @Override protected TestDb open(Path dir) { return TestDb.postgres(); }
  }

  abstract static class Cases extends DatabaseTestBase {
    static final char[] PW = "correct horse battery".toCharArray();

    Users users() {
      return new Users(db);
    }

    Actor admin(Users u) {
      u.create("root", PW, Set.of(Role.ADMIN), Actor.SYSTEM);
      return u.find("root").orElseThrow();
    }

    // --- passwords

    @Test
    void authenticate_rightPassword_returnsActorWithRoles() {
      Users u = users();
      Actor root = admin(u);
      u.create("ann", "analyst password".toCharArray(), Set.of(Role.ANALYST, Role.REVIEWER), root);
      assertThat(u.authenticate("ann", "analyst password".toCharArray()))
          .contains(new Actor("ann", Set.of(Role.ANALYST, Role.REVIEWER)));
    }

    @Test
    void authenticate_wrongPasswordOrUnknownUser_isEmpty() {
      Users u = users();
      admin(u);
      assertThat(u.authenticate("root", "wrong password!".toCharArray())).isEmpty();
      assertThat(u.authenticate("nobody", PW)).isEmpty();
      assertThat(u.authenticate("root", "".toCharArray())).isEmpty();
    }

    @Test
    void storedPassword_isSaltedPbkdf2_notThePlaintext() {
      Users u = users();
      Actor root = admin(u);
      u.create("bob", PW, Set.of(Role.ANALYST), root);
      var hashes = db.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM users ORDER BY name")
          .mapTo(String.class).list());
      assertThat(hashes).hasSize(2).allSatisfy(hh -> {
        assertThat(hh).startsWith("pbkdf2-sha256$").doesNotContain(new String(PW));
        assertThat(PasswordHasher.iterationsOf(hh)).isGreaterThanOrEqualTo(210_000);
      });
      // same password, different salt: different hashes
      assertThat(hashes.get(0)).isNotEqualTo(hashes.get(1));
    }

    @Test
    void disabledUser_cannotLogIn() {
      Users u = users();
      Actor root = admin(u);
      u.create("carl", PW, Set.of(Role.ANALYST), root);
      String key = u.createApiKey("carl", root);
      u.disable("carl", root);
      assertThat(u.authenticate("carl", PW)).isEmpty();
      assertThat(u.authenticateApiKey(key)).isEmpty();
      assertThat(u.find("carl")).isEmpty();
    }

    // --- creation rules

    @Test
    void firstUser_mustBeAdmin() {
      Users u = users();
      assertThatThrownBy(() -> u.create("ann", PW, Set.of(Role.ANALYST), Actor.SYSTEM))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first user");
      assertThat(u.any()).isFalse();
    }

    @Test
    void laterUsers_needAnAdmin() {
      Users u = users();
      Actor root = admin(u);
      u.create("ann", PW, Set.of(Role.ANALYST), root);
      Actor ann = u.find("ann").orElseThrow();
      assertThatThrownBy(() -> u.create("eve", PW, Set.of(Role.ADMIN), ann))
          .isInstanceOf(SecurityException.class).hasMessageContaining("admin");
      assertThat(u.find("eve")).isEmpty();
    }

    @Test
    void create_rejectsShortPasswordDuplicateAndBadName() {
      Users u = users();
      Actor root = admin(u);
      assertThatThrownBy(() -> u.create("x", "short".toCharArray(), Set.of(Role.ANALYST), root))
          .hasMessageContaining("password");
      assertThatThrownBy(() -> u.create("root", PW, Set.of(Role.ANALYST), root))
          .hasMessageContaining("already exists");
      assertThatThrownBy(() -> u.create("bad name", PW, Set.of(Role.ANALYST), root))
          .hasMessageContaining("name");
      assertThatThrownBy(() -> u.create("system", PW, Set.of(Role.ANALYST), root))
          .hasMessageContaining("reserved");
    }

    @Test
    void disable_refusesLastAdmin() {
      Users u = users();
      Actor root = admin(u);
      assertThatThrownBy(() -> u.disable("root", root)).hasMessageContaining("last enabled admin");
    }

    // --- API keys

    @Test
    void apiKey_authenticatesUntilRevoked_andOnlyItsHashIsStored() {
      Users u = users();
      Actor root = admin(u);
      u.create("svc", PW, Set.of(Role.ANALYST), root);
      String key = u.createApiKey("svc", root);
      assertThat(key).startsWith(Users.KEY_PREFIX);
      assertThat(u.authenticateApiKey(key)).map(Actor::name).contains("svc");
      String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT key_id || ' ' || key_hash FROM api_keys")
          .mapTo(String.class).one());
      assertThat(stored).doesNotContain(key.substring(key.indexOf('.') + 1));
      assertThat(u.list()).filteredOn(i -> i.name().equals("svc")).singleElement()
          .satisfies(i -> assertThat(i.activeKeys()).containsExactly(key.substring(0, key.indexOf('.'))));

      u.revokeApiKey(key.substring(0, key.indexOf('.')), root);
      assertThat(u.authenticateApiKey(key)).isEmpty();
    }

    @Test
    void apiKey_tamperedOrMalformed_isRejected() {
      Users u = users();
      Actor root = admin(u);
      String key = u.createApiKey("root", root);
      char last = key.charAt(key.length() - 1);
      String tampered = key.substring(0, key.length() - 1) + (last == 'A' ? 'B' : 'A');
      assertThat(u.authenticateApiKey(tampered)).isEmpty();
      assertThat(u.authenticateApiKey("emb_nope")).isEmpty();
      assertThat(u.authenticateApiKey("")).isEmpty();
      assertThat(u.authenticateApiKey(null)).isEmpty();
    }

    @Test
    void apiKey_forSomeoneElse_needsAdmin() {
      Users u = users();
      Actor root = admin(u);
      u.create("ann", PW, Set.of(Role.ANALYST), root);
      Actor ann = u.find("ann").orElseThrow();
      assertThatThrownBy(() -> u.createApiKey("root", ann)).isInstanceOf(SecurityException.class);
      assertThat(u.createApiKey("ann", ann)).startsWith("emb_");
    }

    @Test
    void everyChange_isInTheAuditTrail() {
      Users u = users();
      Actor root = admin(u);
      u.createApiKey("root", root);
      var actions = db.jdbi().withHandle(h -> h.createQuery("SELECT action FROM audit_log ORDER BY seq")
          .mapTo(String.class).list());
      assertThat(actions).containsExactly("user.create", "apikey.create");
      assertThat(new AuditTrail(db).verify().ok()).isTrue();
      assertThat(Optional.of(u.list().get(0).createdBy())).contains("system");
    }
  }
}
