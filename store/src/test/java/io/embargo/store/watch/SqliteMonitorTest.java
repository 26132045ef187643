package io.embargo.store.watch;

class SqliteMonitorTest extends MonitorContract {
  @Override
  protected boolean postgres() {
    return false;
  }
}
