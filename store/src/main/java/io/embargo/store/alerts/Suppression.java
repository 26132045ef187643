package io.embargo.store.alerts;

import java.time.Instant;

/**
 * A good-guy suppression: an approved false positive of party {@code partyRef} against entry {@code entryKey}
 * at content {@code contentHash}. Later screenings skip the pair until the entry's content changes.
 *
 * @param id suppression id
 * @param partyRef party
 * @param entryKey listed entry
 * @param contentHash entry content the decision was about
 * @param alertId the alert whose approval created it
 * @param decidedBy analyst
 * @param approvedBy reviewer
 * @param createdAt when it was created
 * @param revokedBy who revoked it, or null while active
 * @param revokedAt when it was revoked, or null while active
 */
public record Suppression(long id, String partyRef, String entryKey, String contentHash, long alertId,
    String decidedBy, String approvedBy, Instant createdAt, String revokedBy, Instant revokedAt) {
  public boolean active() {
    return revokedAt == null;
  }
}
