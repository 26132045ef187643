package io.embargo.store;

import org.junit.jupiter.api.Tag;

@Tag("postgres")
class PostgresHistoryScenarioTest extends HistoryScenarioContract {
  @Override
  protected boolean postgres() {
    return true;
  }
}
