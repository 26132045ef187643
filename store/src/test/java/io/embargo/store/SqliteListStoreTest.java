package io.embargo.store;

class SqliteListStoreTest extends ListStoreContract {
  @Override
  protected boolean postgres() {
    return false;
  }
}
