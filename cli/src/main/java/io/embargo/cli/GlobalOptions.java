package io.embargo.cli;

import io.embargo.store.Database;
import io.embargo.store.StoreConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options every command that touches the store accepts; use as a {@code @Mixin}. Defaults come from the
 * environment ({@code EMBARGO_HOME}, {@code EMBARGO_DB_URL}); see {@link StoreConfig#fromEnvironment()}.
 */
public final class GlobalOptions {
  @Option(names = "--home", description = "Data directory of the embedded database (default: $EMBARGO_HOME or ~/.embargo).")
  Path home;

  @Option(names = "--db-url", description = "JDBC URL, e.g. jdbc:postgresql://127.0.0.1/embargo (default: $EMBARGO_DB_URL or embedded).")
  String dbUrl;

  /** The store configuration these options select. */
  public StoreConfig storeConfig() {
    if (dbUrl != null) {
      return new StoreConfig(dbUrl, System.getenv("EMBARGO_DB_USER"), System.getenv("EMBARGO_DB_PASSWORD"));
    }
    if (home != null) {
      return StoreConfig.embedded(home);
    }
    return StoreConfig.fromEnvironment();
  }

  /** Opens (and migrates) the selected database. The caller closes it. */
  public Database openDatabase() {
    return Database.open(storeConfig());
  }
}
