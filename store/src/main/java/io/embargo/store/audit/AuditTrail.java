package io.embargo.store.audit;

import io.embargo.store.Actor;
import io.embargo.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The tamper-evident audit trail: an append-only hash chain in the store. Each record carries the hash of
 * the previous one, so editing, deleting or re-ordering any record breaks {@link #verify()} at that record.
 * Appends are serialised by a lock on the chain tip ({@code audit_head}), so the chain never forks, and
 * database triggers refuse UPDATE and DELETE on records under retention.
 *
 * <p>Other parts of the store write through {@link #inTransaction}, so a state change and its audit record
 * commit together or not at all. Thread-safe.
 */
public final class AuditTrail {
  private final Database db;
  private final Clock clock;
  private final RetentionPolicy retention;

  /** The trail with the system clock and the default retention (EAR 5 years, OFAC 10, others 10). */
  public AuditTrail(Database db) {
    this(db, Clock.systemUTC(), RetentionPolicy.DEFAULT);
  }

  public AuditTrail(Database db, Clock clock, RetentionPolicy retention) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retention = Objects.requireNonNull(retention, "retention");
  }

  /**
   * Runs {@code work} in one database transaction that holds the chain lock. Commits when it returns, rolls
   * back everything (its writes and its audit records) when it throws; the exception propagates unchanged.
   */
  public <T> T inTransaction(Function<AuditTx, T> work) {
    return db.jdbi().inTransaction(h -> {
      AuditTx tx = new AuditTx(h, clock);
      try {
        T result = work.apply(tx);
        tx.flushHead();
        return result;
      } finally {
        tx.close();
      }
    });
  }

  /** Appends one record in its own transaction and returns its sequence number. */
  public long append(Actor actor, String action, String subject, String detailsJson) {
    return inTransaction(tx -> tx.append(actor, action, subject, detailsJson, List.of()));
  }

  /** Recomputes every hash in order and checks the links and the tip. Reads in a streaming fashion. */
  public VerifyResult verify() {
    return ChainVerifier.verify(db);
  }

  /** Records with {@code from <= at < to}, oldest first (for reports). */
  public List<AuditRecord> records(Instant from, Instant to) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT seq, at_ms, actor, action, subject, details, regimes,"
            + " prev_hash, hash FROM audit_log WHERE at_ms >= :from AND at_ms < :to ORDER BY seq")
        .bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli())
        .map((rs, ctx) -> new AuditRecord(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9)))
        .list());
  }

  /**
   * Writes the records with {@code from <= at < to} as CSV and as a self-contained HTML report.
   *
   * @param csv target CSV file, or null to skip
   * @param html target HTML file, or null to skip
   * @return how many records were exported
   * @throws java.io.UncheckedIOException naming the file that could not be written
   */
  public int export(Instant from, Instant to, Path csv, Path html) {
    List<AuditRecord> rs = records(from, to);
    AuditReport.write(rs, from, to, verify(), csv, html);
    return rs.size();
  }

  /**
   * Deletes the oldest records whose retention has lapsed at {@code asOf}, stopping at the first record
   * still under retention (so the remaining chain stays contiguous and verifiable from its new anchor).
   * Appends an {@code audit.purge} record saying what it did.
   */
  public PurgeResult purge(Instant asOf, Actor by) {
    return Purger.purge(this, retention, asOf, by);
  }

  Database db() {
    return db;
  }
}
