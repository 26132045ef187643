package io.embargo.store.audit;

/**
 * What {@link AuditTrail#purge} did.
 *
 * @param deleted records deleted (their retention had lapsed)
 * @param kept records still in the trail
 * @param message one line for people, saying what was deleted or why nothing was
 */
public record PurgeResult(long deleted, long kept, String message) {}
