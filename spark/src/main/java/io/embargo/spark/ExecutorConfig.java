package io.embargo.spark;

import io.embargo.match.ScreeningOptions;
import io.embargo.model.ListId;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The small, serialisable part of {@link ScreenOptions} shipped with each task. */
record ExecutorConfig(double threshold, double minScore, List<String> lists, int limit, boolean all)
    implements Serializable {
  ExecutorConfig {
    lists = new ArrayList<>(lists);
  }

  ScreeningOptions queryOptions() {
    Set<ListId> ids = new LinkedHashSet<>();
    for (String l : lists) {
      ids.add(ListId.fromCode(l));
    }
    return new ScreeningOptions(minScore, ids, limit);
  }
}
