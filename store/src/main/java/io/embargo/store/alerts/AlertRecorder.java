package io.embargo.store.alerts;

import io.embargo.match.Hit;
import io.embargo.match.ScreeningResult;
import io.embargo.model.ListVersionRef;
import io.embargo.store.Actor;
import io.embargo.store.audit.AuditJson;
import io.embargo.store.audit.AuditTx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes one screening result as an alert inside the caller's audit transaction. Plain JDBC on statements
 * the transaction prepares once: this is the hot path of batch recording and monitoring.
 */
final class AlertRecorder {
  static final Set<String> ORIGINS = Set.of("screen", "batch", "monitor");

  private static final String SUPPRESSED = "SELECT COUNT(*) FROM suppressions WHERE party_ref = ? AND entry_key = ?"
      + " AND content_hash = ? AND revoked_at IS NULL";
  private static final String ALERTED = "SELECT COUNT(*) FROM alerted_pairs WHERE party_ref = ? AND entry_key = ?"
      + " AND content_hash = ?";
  private static final String INSERT_ALERT = "INSERT INTO alerts (party_ref, origin, state, version, query_name,"
      + " query_json, list_versions, lists, regimes, matcher_version, threshold, top_score, hit_count, created_by,"
      + " created_at) VALUES (?, ?, 'OPEN', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
  private static final String INSERT_HIT = "INSERT INTO alert_hits (alert_id, ord, entry_key, content_hash,"
      + " list_code, entry_name, score, hit_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_PAIR = "INSERT INTO alerted_pairs (party_ref, entry_key, content_hash,"
      + " alert_id) VALUES (?, ?, ?, ?)";

  private AlertRecorder() {}

  static RecordOutcome record(AuditTx tx, String partyRef, ScreeningResult result, String origin, Actor actor) {
    try {
      return write(tx, partyRef, result, origin, actor);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record the alert for party " + partyRef + ": " + e.getMessage(), e);
    }
  }

  private static RecordOutcome write(AuditTx tx, String partyRef, ScreeningResult result, String origin,
      Actor actor) throws SQLException {
    List<Hit> fresh = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int already = 0;
    int suppressed = 0;
    for (Hit hit : result.hits()) {
      String key = hit.entry().key();
      String hash = hit.entry().contentHash();
      if (!seen.add(key + '\n' + hash)) {
        continue;
      }
      if (exists(tx, SUPPRESSED, partyRef, key, hash)) {
        suppressed++;
      } else if (exists(tx, ALERTED, partyRef, key, hash)) {
        already++;
      } else {
        fresh.add(hit);
        hashes.add(hash);
      }
    }
    if (fresh.isEmpty()) {
      if (suppressed > 0) {
        tx.append(actor, "screening.suppressed", "party:" + partyRef, AuditJson.of("partyRef", partyRef,
            "origin", origin, "query", result.query().name(), "suppressed", suppressed, "alreadyAlerted", already),
            Regimes.of(result.hits()));
      }
      return new RecordOutcome(Optional.empty(), 0, already, suppressed);
    }
    Set<String> lists = new TreeSet<>();
    fresh.forEach(x -> lists.add(x.entry().list().code()));
    Set<String> regimes = Regimes.of(fresh);
    long id = insertAlert(tx, partyRef, result, origin, actor, fresh, lists, regimes);
    PreparedStatement hits = tx.statement(INSERT_HIT, null);
    PreparedStatement pairs = tx.statement(INSERT_PAIR, null);
    List<Map<String, Object>> summary = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      Hit x = fresh.get(i);
      String key = x.entry().key();
      String hash = hashes.get(i);
      hits.setLong(1, id);
      hits.setInt(2, i);
      hits.setString(3, key);
      hits.setString(4, hash);
      hits.setString(5, x.entry().list().code());
      hits.setString(6, x.entry().name());
      hits.setDouble(7, x.score());
      hits.setString(8, AuditJson.MAPPER.writeValueAsString(x));
      hits.executeUpdate();
      pairs.setString(1, partyRef);
      pairs.setString(2, key);
      pairs.setString(3, hash);
      pairs.setLong(4, id);
      pairs.executeUpdate();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entry", key);
      m.put("name", x.entry().name());
      m.put("contentHash", hash);
      m.put("score", x.score());
      m.put("why", x.explanation().summary());
      summary.add(m);
    }
    List<String> versions = result.listVersions().stream().map(ListVersionRef::label).toList();
    tx.append(actor, "alert.record", "alert:" + id, AuditJson.of("partyRef", partyRef, "origin", origin,
        "query", result.query().name(), "hits", summary, "listVersions", versions,
        "matcherVersion", result.matcherVersion(), "threshold", result.threshold(),
        "alreadyAlerted", already, "suppressed", suppressed), regimes);
    return new RecordOutcome(Optional.of(id), fresh.size(), already, suppressed);
  }

  private static long insertAlert(AuditTx tx, String partyRef, ScreeningResult result, String origin, Actor actor,
      List<Hit> fresh, Set<String> lists, Set<String> regimes) throws SQLException {
    // RETURNING (SQLite 3.35+, PostgreSQL): JDBC generated keys would prepare an extra query per insert.
    PreparedStatement ps = tx.statement(INSERT_ALERT, null);
    ps.setString(1, partyRef);
    ps.setString(2, origin);
    ps.setString(3, result.query().name());
    ps.setString(4, AuditJson.MAPPER.writeValueAsString(result.query()));
    ps.setString(5, AuditJson.MAPPER.writeValueAsString(result.listVersions()));
    ps.setString(6, "," + String.join(",", lists) + ",");
    ps.setString(7, String.join(",", regimes));
    ps.setString(8, result.matcherVersion());
    ps.setDouble(9, result.threshold());
    ps.setDouble(10, fresh.stream().mapToDouble(Hit::score).max().orElse(0));
    ps.setInt(11, fresh.size());
    ps.setString(12, actor.name());
    ps.setLong(13, tx.nowMs());
    try (ResultSet keys = ps.executeQuery()) {
      if (!keys.next()) {
        throw new SQLException("the database returned no id for the new alert");
      }
      return keys.getLong(1);
    }
  }

  private static boolean exists(AuditTx tx, String sql, String party, String key, String hash)
      throws SQLException {
    PreparedStatement ps = tx.statement(sql, null);
    ps.setString(1, party);
    ps.setString(2, key);
    ps.setString(3, hash);
    return AuditTx.firstLong(ps) > 0;
  }
}
