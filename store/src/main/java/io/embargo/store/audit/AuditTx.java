package io.embargo.store.audit;

import io.embargo.store.Actor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * A write transaction that holds the audit chain lock: the store's other parts (alerts, users) do their own
 * writes through {@link #handle()} (or the cached {@link #statement}s, for hot paths) and record what they
 * did with {@link #append}, so the state change and its audit record commit or roll back together. Obtained
 * only from {@link AuditTrail#inTransaction}; confined to the calling thread and valid only inside the
 * callback.
 */
public final class AuditTx {
  private static final String INSERT = "INSERT INTO audit_log (seq, at_ms, actor, action, subject, details,"
      + " regimes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Handle handle;
  private final Clock clock;
  private final ChainHash chain = new ChainHash();
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private long seq;
  private String hash;

  AuditTx(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
    // The first statement of every store write transaction is this UPDATE: it takes the row lock on
    // PostgreSQL and the write lock on SQLite before anything is read, so appends are serialised and SQLite
    // never has to upgrade a stale read snapshot (SQLITE_BUSY_SNAPSHOT).
    handle.execute("UPDATE audit_head SET seq = seq WHERE id = 1");
    var head = handle.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1")
        .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).one();
    this.seq = (Long) head[0];
    this.hash = (String) head[1];
  }

  /** The JDBI handle of this transaction. */
  public Handle handle() {
    return handle;
  }

  /**
   * A prepared statement on this transaction's connection, prepared once per transaction and reused (SQL
   * preparation dominated the cost of recording alerts). Do not close it; the transaction does.
   *
   * @param generatedKey column whose generated value the statement returns, or null
   */
  public PreparedStatement statement(String sql, String generatedKey) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = generatedKey == null ? handle.getConnection().prepareStatement(sql)
          : handle.getConnection().prepareStatement(sql, new String[] {generatedKey});
      statements.put(sql, ps);
    }
    return ps;
  }

  /** The time this transaction stamps on what it writes, in epoch milliseconds. */
  public long nowMs() {
    return clock.millis();
  }

  /**
   * Appends one record to the chain (visible to others when the transaction commits).
   *
   * @param details JSON object text (use {@link AuditJson#of}); not null
   * @param regimes regimes whose retention applies (e.g. {@code EAR}); empty for the default
   * @return the record's sequence number
   */
  public long append(Actor actor, String action, String subject, String details, Collection<String> regimes) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(details, "details");
    String reg = String.join(",", new TreeSet<>(regimes));
    long next = seq + 1;
    long at = clock.millis();
    String h = chain.of(next, at, actor.name(), action, subject, details, reg, hash);
    try {
      PreparedStatement ps = statement(INSERT, null);
      ps.setLong(1, next);
      ps.setLong(2, at);
      ps.setString(3, actor.name());
      ps.setString(4, action);
      ps.setString(5, subject);
      ps.setString(6, details);
      ps.setString(7, reg);
      ps.setString(8, hash);
      ps.setString(9, h);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot append to the audit trail: " + e.getMessage(), e);
    }
    seq = next;
    hash = h;
    return next;
  }

  /** Runs a query statement and returns its first column as a long (0 when there is no row). */
  public static long firstLong(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Writes the new chain tip; called once, just before commit. */
  void flushHead() {
    handle.createUpdate("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
        .bind("seq", seq).bind("hash", hash).execute();
  }

  /** Closes the cached statements. */
  void close() {
    for (PreparedStatement ps : statements.values()) {
      try {
        ps.close();
      } catch (SQLException ignored) {
        // the transaction is ending anyway
      }
    }
    statements.clear();
  }
}
