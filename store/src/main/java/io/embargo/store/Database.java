package io.embargo.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open database with its schema migrated: the embedded SQLite file (WAL mode, foreign keys on, one
 * writer at a time) or PostgreSQL, both through a HikariCP pool. Migrations are plain SQL under
 * {@code db/migration/common} plus {@code db/migration/sqlite} or {@code db/migration/postgresql}.
 *
 * <p>Thread-safe. Close it to release the pool.
 */
public final class Database implements AutoCloseable {
  private final StoreConfig config;
  private final DataSource dataSource;
  private final Jdbi jdbi;

  private Database(StoreConfig config, DataSource ds) {
    this.config = config;
    this.dataSource = ds;
    this.jdbi = Jdbi.create(ds);
  }

  /**
   * Opens (creating if needed) and migrates the database.
   *
   * @throws IllegalStateException naming the (redacted) URL when the database cannot be opened or migrated
   */
  public static Database open(StoreConfig config) {
    DataSource ds;
    if (config.isPostgres()) {
      HikariConfig hc = new HikariConfig();
      hc.setJdbcUrl(config.jdbcUrl());
      if (config.user() != null) {
        hc.setUsername(config.user());
      }
      if (config.password() != null) {
        hc.setPassword(config.password());
      }
      hc.setMaximumPoolSize(8);
      hc.setPoolName("embargo");
      try {
        ds = new HikariDataSource(hc);
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot connect to " + StoreConfig.redact(config.jdbcUrl()) + ": "
            + e.getMessage(), e);
      }
    } else {
      String file = config.jdbcUrl().substring("jdbc:sqlite:".length());
      if (!file.isEmpty() && !file.startsWith(":memory:") && !file.startsWith("file:")) {
        try {
          Path parent = Path.of(file).toAbsolutePath().getParent();
          if (parent != null) {
            Files.createDirectories(parent);
          }
        } catch (IOException e) {
          throw new IllegalStateException("cannot create the data directory for " + file + ": " + e.getMessage(), e);
        }
      }
      SQLiteConfig sc = new SQLiteConfig();
      sc.setJournalMode(SQLiteConfig.JournalMode.WAL);
      sc.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      sc.enforceForeignKeys(true);
      sc.setBusyTimeout(30_000);
      SQLiteDataSource sds = new SQLiteDataSource(sc);
      sds.setUrl(config.jdbcUrl());
      // Pooled, so connections stay open: opening one per transaction cost ~1 ms, and closing the last one
      // makes SQLite checkpoint and delete the WAL (an fsync per transaction, ~30 ms per recorded alert).
      HikariConfig hc = new HikariConfig();
      hc.setDataSource(sds);
      hc.setMaximumPoolSize(4);
      hc.setMinimumIdle(1);
      hc.setPoolName("embargo-sqlite");
      try {
        ds = new HikariDataSource(hc);
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot open " + StoreConfig.redact(config.jdbcUrl()) + ": "
            + e.getMessage(), e);
      }
    }
    try {
      Flyway.configure()
          .dataSource(ds)
          .locations("classpath:db/migration/common",
              "classpath:db/migration/" + (config.isPostgres() ? "postgresql" : "sqlite"))
          .load()
          .migrate();
    } catch (RuntimeException e) {
      if (ds instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception ignored) {
          // already failing
        }
      }
      throw new IllegalStateException("cannot migrate " + StoreConfig.redact(config.jdbcUrl()) + ": "
          + e.getMessage(), e);
    }
    return new Database(config, ds);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public StoreConfig config() {
    return config;
  }

  public boolean isPostgres() {
    return config.isPostgres();
  }

  @Override
  public void close() {
    if (dataSource instanceof HikariDataSource h) {
      h.close();
    }
  }
}
