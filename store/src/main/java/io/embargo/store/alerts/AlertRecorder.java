package io.embargo.store.alerts;

import io.embargo.match.Hit;
import io.embargo.match.ScreeningResult;
import io.embargo.model.ListVersionRef;
import io.embargo.store.Actor;
import io.embargo.store.audit.AuditJson;
import io.embargo.store.audit.AuditTx;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/** Writes one screening result as an alert inside the caller's audit transaction. */
final class AlertRecorder {
  static final Set<String> ORIGINS = Set.of("screen", "batch", "monitor");

  private AlertRecorder() {}

  static RecordOutcome record(AuditTx tx, String partyRef, ScreeningResult result, String origin, Actor actor) {
    Handle h = tx.handle();
    List<Hit> fresh = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int already = 0;
    int suppressed = 0;
    for (Hit hit : result.hits()) {
      String key = hit.entry().key();
      String hash = hit.entry().contentHash();
      if (!seen.add(key + '\n' + hash)) {
        continue;
      }
      if (exists(h, "suppressions", partyRef, key, hash, " AND revoked_at IS NULL")) {
        suppressed++;
      } else if (exists(h, "alerted_pairs", partyRef, key, hash, "")) {
        already++;
      } else {
        fresh.add(hit);
      }
    }
    if (fresh.isEmpty()) {
      if (suppressed > 0) {
        tx.append(actor, "screening.suppressed", "party:" + partyRef, AuditJson.of("partyRef", partyRef,
            "origin", origin, "query", result.query().name(), "suppressed", suppressed, "alreadyAlerted", already),
            Regimes.of(result.hits()));
      }
      return new RecordOutcome(java.util.Optional.empty(), 0, already, suppressed);
    }
    long now = tx.nowMs();
    Set<String> lists = new TreeSet<>();
    fresh.forEach(x -> lists.add(x.entry().list().code()));
    Set<String> regimes = Regimes.of(fresh);
    double top = fresh.stream().mapToDouble(Hit::score).max().orElse(0);
    long id = h.createUpdate("INSERT INTO alerts (party_ref, origin, state, version, query_name, query_json,"
            + " list_versions, lists, regimes, matcher_version, threshold, top_score, hit_count, created_by,"
            + " created_at) VALUES (:p, :o, 'OPEN', 0, :qn, :qj, :lv, :l, :r, :mv, :t, :ts, :hc, :by, :at)")
        .bind("p", partyRef).bind("o", origin).bind("qn", result.query().name())
        .bind("qj", AuditJson.MAPPER.writeValueAsString(result.query()))
        .bind("lv", AuditJson.MAPPER.writeValueAsString(result.listVersions()))
        .bind("l", "," + String.join(",", lists) + ",").bind("r", String.join(",", regimes))
        .bind("mv", result.matcherVersion()).bind("t", result.threshold()).bind("ts", top)
        .bind("hc", fresh.size()).bind("by", actor.name()).bind("at", now)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    var hits = h.prepareBatch("INSERT INTO alert_hits (alert_id, ord, entry_key, content_hash, list_code,"
        + " entry_name, score, hit_json) VALUES (:a, :o, :k, :c, :l, :n, :s, :j)");
    var pairs = h.prepareBatch("INSERT INTO alerted_pairs (party_ref, entry_key, content_hash, alert_id)"
        + " VALUES (:p, :k, :c, :a)");
    List<Map<String, Object>> summary = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      Hit x = fresh.get(i);
      String key = x.entry().key();
      String hash = x.entry().contentHash();
      hits.bind("a", id).bind("o", i).bind("k", key).bind("c", hash).bind("l", x.entry().list().code())
          .bind("n", x.entry().name()).bind("s", x.score()).bind("j", AuditJson.MAPPER.writeValueAsString(x))
          .add();
      pairs.bind("p", partyRef).bind("k", key).bind("c", hash).bind("a", id).add();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entry", key);
      m.put("name", x.entry().name());
      m.put("contentHash", hash);
      m.put("score", x.score());
      m.put("why", x.explanation().summary());
      summary.add(m);
    }
    hits.execute();
    pairs.execute();
    List<String> versions = result.listVersions().stream().map(ListVersionRef::label).toList();
    tx.append(actor, "alert.record", "alert:" + id, AuditJson.of("partyRef", partyRef, "origin", origin,
        "query", result.query().name(), "hits", summary, "listVersions", versions,
        "matcherVersion", result.matcherVersion(), "threshold", result.threshold(),
        "alreadyAlerted", already, "suppressed", suppressed), regimes);
    return new RecordOutcome(java.util.Optional.of(id), fresh.size(), already, suppressed);
  }

  private static boolean exists(Handle h, String table, String party, String key, String hash, String extra) {
    return h.createQuery("SELECT COUNT(*) FROM " + table
            + " WHERE party_ref = :p AND entry_key = :k AND content_hash = :c" + extra)
        .bind("p", party).bind("k", key).bind("c", hash).mapTo(Integer.class).one() > 0;
  }
}
