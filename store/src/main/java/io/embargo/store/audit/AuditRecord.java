package io.embargo.store.audit;

import java.time.Instant;

/**
 * One audit record as stored.
 *
 * @param seq position in the chain, 1-based, without gaps
 * @param at when it was written
 * @param actor user name (or {@code system})
 * @param action what happened, e.g. {@code alert.decide}
 * @param subject what it happened to, e.g. {@code alert:42}
 * @param details JSON object with the particulars
 * @param regimes comma-separated regimes whose retention applies ({@code EAR}, {@code OFAC}); empty = default
 * @param prevHash the previous record's hash (64 zeros for the first)
 * @param hash SHA-256 over this record and {@code prevHash}
 */
public record AuditRecord(long seq, Instant at, String actor, String action, String subject, String details,
    String regimes, String prevHash, String hash) {}
