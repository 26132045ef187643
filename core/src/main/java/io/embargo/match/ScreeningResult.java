package io.embargo.match;

import io.embargo.model.ListVersionRef;
import java.util.List;

/**
 * The outcome of screening one query: hits best first, and what produced them (list versions, matcher
 * version, threshold) so the result can be reproduced and audited later.
 */
public record ScreeningResult(Query query, List<Hit> hits, List<ListVersionRef> listVersions, String matcherVersion,
    double threshold) {
  public ScreeningResult {
    hits = List.copyOf(hits);
    listVersions = List.copyOf(listVersions);
  }
}
