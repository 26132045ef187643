package io.embargo.batch;

import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningOptions;
import io.embargo.match.ScreeningResult;
import io.embargo.model.ListEntry;
import io.embargo.model.ListVersionRef;
import java.util.List;
import java.util.Optional;

/** Delegates to a real screener after a short pause, so a run lasts long enough to be killed midway. */
final class SlowScreener implements Screener {
  private final Screener d;
  private final long micros;

  SlowScreener(Screener d, long micros) {
    this.d = d;
    this.micros = micros;
  }

  @Override
  public ScreeningResult screen(Query q, ScreeningOptions o) {
    long until = System.nanoTime() + micros * 1000;
    while (System.nanoTime() < until) {
      Thread.onSpinWait();
    }
    return d.screen(q, o);
  }

  @Override public double nameScore(String a, String b) { return d.nameScore(a, b); }
  @Override public double defaultThreshold() { return d.defaultThreshold(); }
  @Override public String matcherVersion() { return d.matcherVersion(); }
  @Override public List<ListVersionRef> listVersions() { return d.listVersions(); }
  @Override public int size() { return d.size(); }
  @Override public Optional<ListEntry> entry(String key) { return d.entry(key); }
}
