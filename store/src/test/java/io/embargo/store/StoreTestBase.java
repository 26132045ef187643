package io.embargo.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the same test cases on SQLite (subclass {@code Sqlite…}) and PostgreSQL (subclass {@code Postgres…},
 * tagged {@code postgres}).
 */
public abstract class StoreTestBase {
  @TempDir protected Path tmp;
  protected Database db;
  private String schema;

  /** True for the PostgreSQL run. */
  protected abstract boolean postgres();

  @BeforeEach
  void openDatabase() {
    if (postgres()) {
      schema = TestDatabases.newSchema();
      db = TestDatabases.postgres(schema);
    } else {
      db = TestDatabases.sqlite(tmp.resolve("db"));
    }
  }

  @AfterEach
  void closeDatabase() {
    if (db != null) {
      db.close();
    }
    if (schema != null) {
      TestDatabases.dropPostgres(schema);
    }
  }
}
