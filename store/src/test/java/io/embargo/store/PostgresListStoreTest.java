package io.embargo.store;

import org.junit.jupiter.api.Tag;

@Tag("postgres")
class PostgresListStoreTest extends ListStoreContract {
  @Override
  protected boolean postgres() {
    return true;
  }
}
