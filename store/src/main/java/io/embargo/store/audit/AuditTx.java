package io.embargo.store.audit;

import io.embargo.store.Actor;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * A write transaction that holds the audit chain lock: the store's other parts (alerts, users) do their own
 * writes through {@link #handle()} and record what they did with {@link #append}, so the state change and its
 * audit record commit or roll back together. Obtained only from {@link AuditTrail#inTransaction}; confined to
 * the calling thread and valid only inside the callback.
 */
public final class AuditTx {
  private final Handle handle;
  private final Clock clock;
  private final ChainHash chain = new ChainHash();
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
    String reg = String.join(",", new java.util.TreeSet<>(regimes));
    long next = seq + 1;
    long at = clock.millis();
    String h = chain.of(next, at, actor.name(), action, subject, details, reg, hash);
    handle.createUpdate("INSERT INTO audit_log (seq, at_ms, actor, action, subject, details, regimes, prev_hash, hash)"
            + " VALUES (:seq, :at, :actor, :action, :subject, :details, :regimes, :prev, :hash)")
        .bind("seq", next).bind("at", at).bind("actor", actor.name()).bind("action", action)
        .bind("subject", subject).bind("details", details).bind("regimes", reg).bind("prev", hash)
        .bind("hash", h).execute();
    handle.createUpdate("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
        .bind("seq", next).bind("hash", h).execute();
    seq = next;
    hash = h;
    return next;
  }
}
