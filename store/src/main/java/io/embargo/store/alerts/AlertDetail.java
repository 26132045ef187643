package io.embargo.store.alerts;

import io.embargo.store.audit.AuditRecord;
import java.util.List;

/**
 * Everything about one alert, for review and audit.
 *
 * @param alert the alert
 * @param hits its hits, best first
 * @param queryJson the screened query, JSON
 * @param listVersionsJson the list versions screened against, JSON
 * @param matcherVersion the matcher that produced the hits
 * @param threshold the score threshold in force
 * @param history the alert's audit records, oldest first (recorded, decided, returned, approved)
 */
public record AlertDetail(Alert alert, List<AlertHit> hits, String queryJson, String listVersionsJson,
    String matcherVersion, double threshold, List<AuditRecord> history) {
  public AlertDetail {
    hits = List.copyOf(hits);
    history = List.copyOf(history);
  }
}
