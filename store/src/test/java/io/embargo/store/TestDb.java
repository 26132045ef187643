package io.embargo.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A migrated database for one test: SQLite in a temporary directory, or a fresh schema on the PostgreSQL
 * server named by {@code EMBARGO_TEST_PG_URL} (the test is skipped when that variable is unset). Closing it
 * drops the PostgreSQL schema.
 */
public final class TestDb implements AutoCloseable {
  /** Environment variable with the PostgreSQL JDBC URL for tests. */
  public static final String PG_URL = "EMBARGO_TEST_PG_URL";

  private final Database db;
  private final String pgAdminUrl;
  private final String schema;

  private TestDb(Database db, String pgAdminUrl, String schema) {
    this.db = db;
    this.pgAdminUrl = pgAdminUrl;
    this.schema = schema;
  }

  public static TestDb sqlite(Path dir) {
    return new TestDb(Database.open(StoreConfig.embedded(dir)), null, null);
  }

  public static TestDb postgres() {
    String url = System.getenv(PG_URL);
    assumeTrue(url != null && !url.isBlank(), PG_URL + " is not set");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    exec(url, "CREATE SCHEMA " + schema);
    String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDb(Database.open(new StoreConfig(withSchema, null, null)), url, schema);
  }

  public Database db() {
    return db;
  }

  @Override
  public void close() {
    db.close();
    if (schema != null) {
      exec(pgAdminUrl, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void exec(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
