package io.embargo.store.alerts;

import io.embargo.store.audit.AuditRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Read side: alert lists, one alert with hits and history, a party's alerts. */
final class AlertQueries {
  private static final String COLUMNS = "id, party_ref, origin, state, verdict, reason, query_name, lists,"
      + " top_score, hit_count, created_at, created_by, decided_by, reviewed_by, version";

  private AlertQueries() {}

  static List<Alert> list(Handle h, AlertFilter f) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM alerts WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (f.state() != null) {
      sql.append(" AND state = ?");
      args.add(f.state().name());
    }
    if (f.list() != null) {
      sql.append(" AND lists LIKE ?");
      args.add("%," + f.list() + ",%");
    }
    if (f.origin() != null) {
      sql.append(" AND origin = ?");
      args.add(f.origin());
    }
    if (f.partyRef() != null) {
      sql.append(" AND party_ref = ?");
      args.add(f.partyRef());
    }
    if (f.from() != null) {
      sql.append(" AND created_at >= ?");
      args.add(f.from().toEpochMilli());
    }
    if (f.to() != null) {
      sql.append(" AND created_at < ?");
      args.add(f.to().toEpochMilli());
    }
    sql.append(" ORDER BY id DESC LIMIT ").append(f.limit()).append(" OFFSET ").append(f.offset());
    Query q = h.createQuery(sql.toString());
    for (int i = 0; i < args.size(); i++) {
      q.bind(i, args.get(i));
    }
    return q.map((rs, ctx) -> alert(rs)).list();
  }

  static List<Alert> party(Handle h, String partyRef) {
    return h.createQuery("SELECT " + COLUMNS + " FROM alerts WHERE party_ref = :p ORDER BY id")
        .bind("p", partyRef).map((rs, ctx) -> alert(rs)).list();
  }

  static Optional<AlertDetail> get(Handle h, long id) {
    return h.createQuery("SELECT " + COLUMNS + ", query_json, list_versions, matcher_version, threshold"
            + " FROM alerts WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> new AlertDetail(alert(rs), hits(h, id), rs.getString(16), rs.getString(17),
            rs.getString(18), rs.getDouble(19), history(h, id)))
        .findOne();
  }

  private static List<AlertHit> hits(Handle h, long id) {
    return h.createQuery("SELECT entry_key, content_hash, list_code, entry_name, score, hit_json FROM alert_hits"
            + " WHERE alert_id = :a ORDER BY ord")
        .bind("a", id)
        .map((rs, ctx) -> new AlertHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getDouble(5), rs.getString(6)))
        .list();
  }

  private static List<AuditRecord> history(Handle h, long id) {
    return h.createQuery("SELECT seq, at_ms, actor, action, subject, details, regimes, prev_hash, hash"
            + " FROM audit_log WHERE subject = :s ORDER BY seq")
        .bind("s", "alert:" + id)
        .map((rs, ctx) -> new AuditRecord(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9)))
        .list();
  }

  private static Alert alert(ResultSet rs) throws SQLException {
    String verdict = rs.getString(5);
    return new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), AlertState.valueOf(rs.getString(4)),
        verdict == null ? null : Verdict.valueOf(verdict), rs.getString(6), rs.getString(7),
        Arrays.stream(rs.getString(8).split(",")).filter(s -> !s.isEmpty()).toList(), rs.getDouble(9),
        rs.getInt(10), Instant.ofEpochMilli(rs.getLong(11)), rs.getString(12), rs.getString(13),
        rs.getString(14), rs.getInt(15));
  }
}
