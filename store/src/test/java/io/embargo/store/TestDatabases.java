package io.embargo.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Real databases for tests: a fresh SQLite file, or a fresh schema in the PostgreSQL server named by
 * {@code EMBARGO_TEST_PG_URL} (skipped by assumption when unset; CI always sets it).
 */
public final class TestDatabases {
  public static final String PG_ENV = "EMBARGO_TEST_PG_URL";

  private TestDatabases() {}

  public static Database sqlite(Path dir) {
    return Database.open(StoreConfig.embedded(dir));
  }

  /** A new, empty schema; drop it with {@link #dropPostgres}. */
  public static Database postgres(String schema) {
    String url = System.getenv(PG_ENV);
    Assumptions.assumeTrue(url != null && !url.isBlank(), PG_ENV + " is not set");
    exec(url, "CREATE SCHEMA " + schema);
    return Database.open(new StoreConfig(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null));
  }

  public static String newSchema() {
    return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  public static void dropPostgres(String schema) {
    String url = System.getenv(PG_ENV);
    if (url != null && !url.isBlank()) {
      exec(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
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
