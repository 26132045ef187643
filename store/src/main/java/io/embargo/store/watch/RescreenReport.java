package io.embargo.store.watch;

import java.time.Duration;

/**
 * What one re-screen job did.
 *
 * @param jobId the job, e.g. {@code delta:bis-el@2} or {@code full:1732830000000}
 * @param kind {@code delta} (watch list against the added and changed entries of one version) or {@code full}
 * @param entries number of list entries screened against
 * @param parties watched parties screened in this run (a resumed job counts only what it did itself)
 * @param newHits hits raised for the first time in this run
 * @param resumed true when the job had been interrupted and was continued from its checkpoint
 * @param elapsed wall time of this run
 */
public record RescreenReport(String jobId, String kind, int entries, long parties, long newHits, boolean resumed,
    Duration elapsed) {}
