package io.embargo.server;

import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * The same API tests over a real PostgreSQL server ({@code EMBARGO_TEST_PG_URL}, a fresh schema per run);
 * skipped when the variable is unset (CI always sets it).
 */
@Tag("postgres")
class PostgresStoreApiTest extends StoreApiTest {
  @BeforeAll
  static void start() throws Exception {
    String url = System.getenv("EMBARGO_TEST_PG_URL");
    assumeThat(url).as("EMBARGO_TEST_PG_URL").isNotBlank();
    t = new TestStore(ServerConfig.DEFAULT.withRateLimit(10_000, 10_000), true);
    http = t.http;
  }
}
