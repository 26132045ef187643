package io.embargo.match;

import io.embargo.model.ListEntry;
import io.embargo.model.ListVersionRef;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Screens queries against an immutable, in-memory index of list entries.
 *
 * <p><b>Thread-safety:</b> a {@code Screener} is immutable and safe to share between any number of threads;
 * when lists change, build a new one and swap the reference. The same class runs in the CLI, the server,
 * batch and Spark executors, so it depends on no framework.
 *
 * <pre>{@code
 * Screener s = Screener.builder().add(entries).build();
 * ScreeningResult r = s.screen(Query.of("Позитив Текнолоджиз"));
 * }</pre>
 */
public interface Screener {

  /** Screens with {@link ScreeningOptions#DEFAULT}. */
  default ScreeningResult screen(Query query) {
    return screen(query, ScreeningOptions.DEFAULT);
  }

  /**
   * Screens one query.
   *
   * @throws NullPointerException if an argument is null
   */
  ScreeningResult screen(Query query, ScreeningOptions options);

  /**
   * Scores two names with the name scorer alone (no index, no secondary evidence), in [0,1]: for labelled
   * name pairs and for explaining a score.
   */
  double nameScore(String a, String b);

  /** The threshold at and above which a score is a hit unless the caller sets another. */
  double defaultThreshold();

  /** A version string of the matching algorithm, recorded with every result. */
  String matcherVersion();

  /** The list versions this screener was built from. */
  List<ListVersionRef> listVersions();

  /** Number of entries indexed. */
  int size();

  /** The entry with this {@link ListEntry#key()}, if indexed. */
  Optional<ListEntry> entry(String key);

  static Builder builder() {
    return new ScreenerBuilder();
  }

  /** Collects entries, then builds the index once. Not thread-safe. */
  interface Builder {
    Builder add(Collection<ListEntry> entries);

    Builder add(ListEntry entry);

    Builder listVersion(ListVersionRef version);

    /**
     * Threshold for {@link Screener#defaultThreshold()}.
     *
     * @throws IllegalArgumentException naming {@code threshold} when outside [0,1]
     */
    Builder threshold(double threshold);

    /**
     * Takes token rarity (how much each word counts) from {@code reference}'s corpus instead of from the
     * entries added. A screener over a few entries, such as the added and changed entries of a new list
     * version, then scores every name exactly as the full index would; without it, a word that is common
     * on the lists ("technologies") would count as rare in the small index and an extra query word would
     * weigh too much. Entry linking across lists still sees only the entries added.
     *
     * @throws IllegalArgumentException when {@code reference} was not built by {@link Screener#builder()}
     */
    Builder statisticsFrom(Screener reference);

    Screener build();
  }
}
