package io.embargo.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where Embargo keeps its data. Validated on construction with messages that name the setting.
 *
 * @param jdbcUrl {@code jdbc:sqlite:/path/embargo.db} (embedded, the default) or {@code jdbc:postgresql://…}
 * @param user database user (PostgreSQL), or null
 * @param password database password (PostgreSQL), or null; never logged
 */
public record StoreConfig(String jdbcUrl, String user, String password) {

  /** Environment variable / setting that names the JDBC URL. */
  public static final String URL_SETTING = "EMBARGO_DB_URL";

  public StoreConfig {
    Objects.requireNonNull(jdbcUrl, URL_SETTING);
    if (!jdbcUrl.startsWith("jdbc:sqlite:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(URL_SETTING + ": unsupported database URL '" + redact(jdbcUrl)
          + "' (use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB)");
    }
  }

  /** The embedded database in {@code dir/embargo.db}. */
  public static StoreConfig embedded(Path dir) {
    return new StoreConfig("jdbc:sqlite:" + dir.toAbsolutePath().resolve("embargo.db"), null, null);
  }

  /**
   * From the environment: {@code EMBARGO_DB_URL} (+ {@code EMBARGO_DB_USER}, {@code EMBARGO_DB_PASSWORD}), else
   * the embedded database under {@code EMBARGO_HOME} (default {@code ~/.embargo}).
   */
  public static StoreConfig fromEnvironment() {
    String url = System.getenv(URL_SETTING);
    if (url != null && !url.isBlank()) {
      return new StoreConfig(url, System.getenv("EMBARGO_DB_USER"), System.getenv("EMBARGO_DB_PASSWORD"));
    }
    return embedded(defaultHome());
  }

  /** {@code EMBARGO_HOME} or {@code ~/.embargo}. */
  public static Path defaultHome() {
    String home = System.getenv("EMBARGO_HOME");
    return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".embargo");
  }

  public boolean isPostgres() {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  /** The URL with any password parameter removed, for messages and logs. */
  public static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public String toString() {
    return "StoreConfig[" + redact(jdbcUrl) + (user == null ? "" : ", user=" + user) + "]";
  }
}
