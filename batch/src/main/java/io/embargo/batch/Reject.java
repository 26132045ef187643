package io.embargo.batch;

/**
 * An input record that could not be screened; it goes to the rejects file and the run continues.
 *
 * @param line the input line (CSV, JSON Lines) or row (XLSX, Parquet) number, 1-based
 * @param recordId the caller's record id when it could be read, else null
 * @param reason why, naming the field, e.g. {@code country: unknown country code 'XX' …}
 */
public record Reject(long line, String recordId, String reason) {}
