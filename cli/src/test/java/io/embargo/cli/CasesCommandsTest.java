package io.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.match.Explanation;
import io.embargo.match.Hit;
import io.embargo.match.Query;
import io.embargo.match.ScreeningResult;
import io.embargo.model.AliasQuality;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.Role;
import io.embargo.store.StoreConfig;
import io.embargo.store.alerts.Alerts;
import io.embargo.store.users.Users;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The users, alerts, audit and suppressions commands end to end on an embedded database, by exit code. */
class CasesCommandsTest {
  @TempDir Path home;
  long alertId;

  @BeforeEach
  void seed() {
    try (Database db = Database.open(StoreConfig.embedded(home))) {
      Users users = new Users(db);
      users.create("root", "root password!".toCharArray(), Set.of(Role.ADMIN), Actor.SYSTEM);
      Actor root = users.find("root").orElseThrow();
      users.create("ann", "analyst password".toCharArray(), Set.of(Role.ANALYST), root);
      users.create("rita", "reviewer password".toCharArray(), Set.of(Role.REVIEWER, Role.AUDITOR), root);
      ListEntry nso = ListEntry.builder(ListId.BIS_EL, "nso").type(PartyType.ORGANIZATION).name("NSO Group").build();
      Hit hit = new Hit(nso, 0.95, AliasQuality.STRONG, true,
          new Explanation("NSO Group", 0.95, List.of(), List.of(), List.of()));
      alertId = new Alerts(db).record("cust-1", new ScreeningResult(Query.of("NSO Group Ltd"), List.of(hit),
          List.of(), "test", 0.85), "screen", users.find("ann").orElseThrow()).alertId().orElseThrow();
    }
  }

  int run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--home";
    all[args.length + 1] = home.toString();
    return Main.run(all);
  }

  @Test
  void usersAdd_readsPasswordFromStdin_andNeedsAnAdminAfterTheFirst() {
    InputStream in = System.in;
    try {
      System.setIn(new ByteArrayInputStream("another password\n".getBytes(StandardCharsets.UTF_8)));
      assertThat(run("users", "add", "bob", "--role", "analyst", "--password-stdin", "--user", "ann")).isEqualTo(3);
      System.setIn(new ByteArrayInputStream("another password\n".getBytes(StandardCharsets.UTF_8)));
      assertThat(run("users", "add", "bob", "--role", "analyst", "--password-stdin", "--user", "root")).isZero();
    } finally {
      System.setIn(in);
    }
    try (Database db = Database.open(StoreConfig.embedded(home))) {
      assertThat(new Users(db).authenticate("bob", "another password".toCharArray())).isPresent();
    }
  }

  @Test
  void unknownUserOrMissingRole_isRefusedWithExit3() {
    String id = Long.toString(alertId);
    assertThat(run("alerts", "decide", id, "false_positive", "--reason", "x", "--user", "mallory")).isEqualTo(3);
    assertThat(run("alerts", "decide", id, "false_positive", "--reason", "x", "--user", "rita")).isEqualTo(3);
    assertThat(run("audit", "verify", "--user", "ann")).isEqualTo(3);
  }

  @Test
  void decideThenApprove_fourEyes_throughTheCli() {
    String id = Long.toString(alertId);
    assertThat(run("alerts", "list", "--state", "open", "--user", "ann")).isZero();
    assertThat(run("alerts", "decide", id, "false_positive", "--reason", "different company", "--user", "ann"))
        .isZero();
    assertThat(run("alerts", "decide", id, "true_match", "--reason", "again", "--user", "ann")).isEqualTo(3);
    assertThat(run("alerts", "approve", id, "--user", "ann")).isEqualTo(3);
    assertThat(run("alerts", "approve", id, "--user", "rita")).isZero();
    assertThat(run("alerts", "show", id, "--user", "rita")).isZero();
    assertThat(run("suppressions", "list", "--user", "rita")).isZero();
    assertThat(run("suppressions", "revoke", "1", "--user", "rita")).isZero();
  }

  @Test
  void auditVerifyAndExport() throws Exception {
    assertThat(run("audit", "verify", "--user", "rita")).isZero();
    Path csv = home.resolve("a.csv");
    Path html = home.resolve("a.html");
    assertThat(run("audit", "export", "--from", "2020-01-01", "--csv", csv.toString(), "--html", html.toString(),
        "--user", "rita")).isZero();
    assertThat(Files.readAllLines(csv)).hasSizeGreaterThan(4);
    assertThat(Files.readString(html)).contains("alert.record");
    assertThat(run("audit", "export", "--from", "yesterday", "--csv", csv.toString(), "--user", "rita"))
        .isEqualTo(2);
    assertThat(run("audit", "purge", "--user", "root")).isZero();
  }

  @Test
  void auditVerify_afterAHandEdit_exits4() {
    try (Database db = Database.open(StoreConfig.embedded(home))) {
      db.jdbi().useHandle(h -> {
        h.execute("DROP TRIGGER audit_log_no_update");
        h.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2");
      });
    }
    assertThat(run("audit", "verify", "--user", "rita")).isEqualTo(4);
  }
}
