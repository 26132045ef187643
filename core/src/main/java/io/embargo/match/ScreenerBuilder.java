package io.embargo.match;

import io.embargo.model.ListEntry;
import io.embargo.model.ListVersionRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects entries for a {@link Screener}. Package-private: use {@link Screener#builder()}. */
final class ScreenerBuilder implements Screener.Builder {
  static final double DEFAULT_THRESHOLD = 0.80;

  private final List<ListEntry> entries = new ArrayList<>();
  private final List<ListVersionRef> versions = new ArrayList<>();
  private double threshold = DEFAULT_THRESHOLD;
  private NameIndex corpus;

  @Override
  public Screener.Builder add(Collection<ListEntry> es) {
    entries.addAll(es);
    return this;
  }

  @Override
  public Screener.Builder add(ListEntry e) {
    entries.add(e);
    return this;
  }

  @Override
  public Screener.Builder listVersion(ListVersionRef v) {
    versions.add(v);
    return this;
  }

  @Override
  public Screener.Builder threshold(double t) {
    if (!(t >= 0 && t <= 1)) {
      throw new IllegalArgumentException("threshold: must be between 0 and 1, was " + t);
    }
    threshold = t;
    return this;
  }

  @Override
  public Screener.Builder statisticsFrom(Screener reference) {
    if (!(reference instanceof IndexedScreener s)) {
      throw new IllegalArgumentException("statisticsFrom: not a screener built by Screener.builder()");
    }
    corpus = s.index();
    return this;
  }

  @Override
  public Screener build() {
    return new IndexedScreener(entries, versions, threshold, corpus);
  }
}
