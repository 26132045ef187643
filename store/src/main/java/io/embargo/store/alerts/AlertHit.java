package io.embargo.store.alerts;

/**
 * One hit stored on an alert.
 *
 * @param entryKey {@code list:sourceId} of the listed entry
 * @param contentHash the entry's content hash at screening time
 * @param listCode list code
 * @param entryName the entry's primary name
 * @param score hit score
 * @param hitJson the whole hit as recorded (entry snapshot, score, explanation), JSON
 */
public record AlertHit(String entryKey, String contentHash, String listCode, String entryName, double score,
    String hitJson) {}
