package io.embargo.store.watch;

import org.junit.jupiter.api.Tag;

@Tag("postgres")
class PostgresMonitorTest extends MonitorContract {
  @Override
  protected boolean postgres() {
    return true;
  }
}
