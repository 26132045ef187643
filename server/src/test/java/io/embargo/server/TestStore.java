package io.embargo.server;

import io.embargo.decisions.Decider;
import io.embargo.lists.ImportedList;
import io.embargo.lists.ListFormat;
import io.embargo.lists.ListImporters;
import io.embargo.model.ListId;
import java.time.LocalDate;
import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.ListStore;
import io.embargo.store.Role;
import io.embargo.store.StoreConfig;
import io.embargo.store.users.Users;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A real server on 127.0.0.1 (random port) over a temporary SQLite store holding the two hand-written
 * Entity List fixture versions (1 Oct 2021 and 4 Nov 2021) and real users: {@code ana} (analyst),
 * {@code rev} and {@code rev2} (reviewer), {@code adm} (admin), {@code aud} (auditor), each with password
 * {@code NAME-password} and an API key in {@link #keys}.
 */
final class TestStore implements AutoCloseable {
  static final Map<String, Set<Role>> USERS = Map.of("ana", EnumSet.of(Role.ANALYST), "rev", EnumSet.of(Role.REVIEWER),
      "rev2", EnumSet.of(Role.REVIEWER), "adm", EnumSet.of(Role.ADMIN), "aud", EnumSet.of(Role.AUDITOR));

  final Path dir;
  final String pgSchema;
  final Database db;
  final ListStore store;
  final StoreScreeners screeners;
  final EmbargoServer server;
  final Http http;
  final Map<String, String> keys = new HashMap<>();

  /** On SQLite in a temporary directory. */
  TestStore(ServerConfig cfg) throws Exception {
    this(cfg, false);
  }

  /**
   * @param postgres on a fresh schema of the PostgreSQL server named by {@code EMBARGO_TEST_PG_URL} (the
   *     caller checks it is set), dropped on close; else on SQLite
   */
  TestStore(ServerConfig cfg, boolean postgres) throws Exception {
    dir = Files.createTempDirectory("embargo-server-test");
    if (postgres) {
      String url = System.getenv("EMBARGO_TEST_PG_URL");
      pgSchema = "srv_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      pgExec(url, "CREATE SCHEMA " + pgSchema);
      db = Database.open(new StoreConfig(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + pgSchema, null, null));
    } else {
      pgSchema = null;
      db = Database.open(StoreConfig.embedded(dir));
    }
    store = new ListStore(db);
    importFixture(store, "2021-10-01");
    importFixture(store, "2021-11-04");
    Users users = new Users(db);
    Actor admin = new Actor("adm", USERS.get("adm"));
    users.create("adm", "adm-password".toCharArray(), USERS.get("adm"), Actor.SYSTEM); // the first user: an admin
    USERS.forEach((name, roles) -> {
      if (!name.equals("adm")) {
        users.create(name, (name + "-password").toCharArray(), roles, admin);
      }
      keys.put(name, users.createApiKey(name, admin));
    });
    screeners = new StoreScreeners(store, store.screener(null), null);
    server = EmbargoServer.builder().database(db).screeners(screeners)
        .decider(s -> Decider.builder(s).build()).config(cfg.withPort(0)).build().start();
    http = new Http(server.port());
  }

  TestStore() throws Exception {
    this(ServerConfig.DEFAULT.withRateLimit(10_000, 10_000));
  }

  /**
   * Imports {@code fixtures/bis-el/entity-list-DATE.csv} as an Entity List version published on DATE (the CSV
   * carries no publication date; the file name is the Federal Register effective date).
   */
  static void importFixture(ListStore store, String date) throws Exception {
    Path f = Path.of(System.getProperty("embargo.repo.root", "..")).resolve("fixtures/bis-el/entity-list-" + date + ".csv");
    ImportedList l = ListImporters.read(List.of(f), ListId.BIS_EL, ListFormat.CSL_CSV).get(0);
    store.importList(new ImportedList(l.list(), l.format(), l.files(), l.sha256(), LocalDate.parse(date), l.entries(),
        l.warnings()), Actor.SYSTEM);
  }

  private static void pgExec(String url, String sql) throws java.sql.SQLException {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url); java.sql.Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  String key(String user) {
    return keys.get(user);
  }

  @Override
  public void close() throws Exception {
    server.stop();
    screeners.close();
    db.close();
    if (pgSchema != null) {
      pgExec(System.getenv("EMBARGO_TEST_PG_URL"), "DROP SCHEMA " + pgSchema + " CASCADE");
    }
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
