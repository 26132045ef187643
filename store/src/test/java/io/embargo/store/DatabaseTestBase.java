package io.embargo.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the store's contract tests: every test runs once per database. A test class declares its cases in
 * an abstract subclass of this and two one-line {@code @Nested} subclasses choosing SQLite or PostgreSQL (the
 * latter tagged {@code postgres}).
 */
public abstract class DatabaseTestBase {
  protected Database db;
  private TestDb testDb;
  @TempDir protected Path tmp;

  /** Opens the database this variant runs against. */
  protected abstract TestDb open(Path dir);

  @BeforeEach
  void openDatabase() {
    testDb = open(tmp);
    db = testDb.db();
  }

  @AfterEach
  void closeDatabase() {
    if (testDb != null) {
      testDb.close();
    }
  }
}
