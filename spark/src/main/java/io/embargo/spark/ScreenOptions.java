package io.embargo.spark;

import io.embargo.match.ScreeningOptions;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link Embargo#screen} screens against and how: the list entries (kept on the driver and broadcast
 * once), the threshold, the per-query options and whether records without hits get a row. Immutable; the
 * {@code with…} methods return copies. Validated on construction with messages naming the option.
 *
 * <pre>{@code
 * ScreenOptions o = ScreenOptions.of(entries).withMinScore(0.85).withAll(true);
 * }</pre>
 */
public final class ScreenOptions {
  private final List<ListEntry> entries;
  private final double threshold;
  private final ScreeningOptions query;
  private final boolean all;

  private ScreenOptions(List<ListEntry> entries, double threshold, ScreeningOptions query, boolean all) {
    this.entries = entries;
    if (!(threshold >= 0 && threshold <= 1) && !Double.isNaN(threshold)) {
      throw new IllegalArgumentException("threshold: must be between 0 and 1, was " + threshold);
    }
    this.threshold = threshold;
    this.query = Objects.requireNonNull(query, "query options");
    this.all = all;
  }

  /** Screen against these entries with the matcher's defaults. */
  public static ScreenOptions of(Collection<ListEntry> entries) {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("entries: no list entries to screen against");
    }
    return new ScreenOptions(List.copyOf(entries), Double.NaN, ScreeningOptions.DEFAULT, false);
  }

  /** Hits below this score are dropped (default: the matcher's threshold). */
  public ScreenOptions withMinScore(double minScore) {
    return new ScreenOptions(entries, threshold, query.withMinScore(minScore), all);
  }

  /** Only entries of these lists, by code (e.g. {@code ofac-sdn}); empty means all. */
  public ScreenOptions withLists(Collection<String> codes) {
    Set<ListId> ids = new LinkedHashSet<>();
    for (String c : codes) {
      ids.add(ListId.fromCode(c));
    }
    return new ScreenOptions(entries, threshold, query.withLists(ids), all);
  }

  /** Also emit a row (hit columns null) for each record without hits. */
  public ScreenOptions withAll(boolean all) {
    return new ScreenOptions(entries, threshold, query, all);
  }

  /** The screener's default threshold (default: the matcher's own). */
  public ScreenOptions withThreshold(double threshold) {
    return new ScreenOptions(entries, threshold, query, all);
  }

  List<ListEntry> entries() {
    return entries;
  }

  /** What executors need besides the entries: small and serialisable. */
  ExecutorConfig executorConfig() {
    List<String> lists = new ArrayList<>();
    for (ListId l : query.lists()) {
      lists.add(l.code());
    }
    return new ExecutorConfig(threshold, query.minScore(), lists, query.limit(), all);
  }
}
