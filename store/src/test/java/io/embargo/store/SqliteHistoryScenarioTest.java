package io.embargo.store;

class SqliteHistoryScenarioTest extends HistoryScenarioContract {
  @Override
  protected boolean postgres() {
    return false;
  }
}
