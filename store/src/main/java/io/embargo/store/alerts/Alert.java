package io.embargo.store.alerts;

import java.time.Instant;
import java.util.List;

/**
 * An alert as listed (without its hits and history; see {@link AlertDetail}).
 *
 * @param id alert id
 * @param partyRef the caller's reference of the screened party (customer id, order number, …)
 * @param origin {@code screen}, {@code batch} or {@code monitor}
 * @param state review state
 * @param verdict the last analyst verdict, or null while never decided
 * @param reason the reason given with the last decision or return, or null
 * @param queryName the screened name
 * @param lists list codes of the hits
 * @param topScore best hit score
 * @param hitCount hits on this alert
 * @param createdAt when it was recorded
 * @param createdBy who recorded it
 * @param decidedBy analyst of the last decision, or null
 * @param reviewedBy reviewer of the last approval or return, or null
 * @param version optimistic-lock version, incremented by every state change
 */
public record Alert(long id, String partyRef, String origin, AlertState state, Verdict verdict, String reason,
    String queryName, List<String> lists, double topScore, int hitCount, Instant createdAt, String createdBy,
    String decidedBy, String reviewedBy, int version) {
  public Alert {
    lists = List.copyOf(lists);
  }
}
