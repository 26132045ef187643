package io.embargo.store.audit;

import io.embargo.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;

/** Walks the chain from its anchor to its tip, recomputing every hash. Streams rows; memory stays flat. */
final class ChainVerifier {
  private ChainVerifier() {}

  static VerifyResult verify(Database db) {
    try {
      return db.jdbi().inTransaction(ChainVerifier::walk);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit trail: " + e.getMessage(), e);
    }
  }

  private static VerifyResult walk(Handle h) throws SQLException {
    var head = h.createQuery("SELECT seq, hash, base_seq, base_hash FROM audit_head WHERE id = 1")
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
        .one();
    long tipSeq = Long.parseLong(head[0]);
    String tipHash = head[1];
    long expected = Long.parseLong(head[2]) + 1;
    String prev = head[3];
    ChainHash chain = new ChainHash();
    long checked = 0;
    try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT seq, at_ms, actor, action, subject,"
        + " details, regimes, prev_hash, hash FROM audit_log ORDER BY seq")) {
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long seq = rs.getLong(1);
          if (seq < expected) {
            return VerifyResult.broken(checked, seq, "record lies before the retention anchor (record "
                + (expected - 1) + ") but was not purged");
          }
          checked++;
          if (seq != expected) {
            return VerifyResult.broken(checked, expected, "record " + expected + " is missing (deleted)");
          }
          String stored = rs.getString(9);
          if (!prev.equals(rs.getString(8))) {
            return VerifyResult.broken(checked, seq, "prev_hash does not match the hash of record "
                + (seq - 1) + " (a record was changed, inserted or deleted)");
          }
          String actual = chain.of(seq, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), prev);
          if (!actual.equals(stored)) {
            return VerifyResult.broken(checked, seq, "hash mismatch: the record was changed after it was written");
          }
          prev = stored;
          expected++;
        }
      }
    }
    if (expected - 1 != tipSeq || !prev.equals(tipHash)) {
      return VerifyResult.broken(checked, expected, "the chain ends at record " + (expected - 1)
          + " but its tip is record " + tipSeq + " (records deleted from the end)");
    }
    return VerifyResult.intact(checked, prev);
  }
}
