package io.embargo.batch;

/**
 * One record as read: its position and its values in header order, or why it could not be read.
 *
 * @param number 1-based record number among the data records (used to skip on resume)
 * @param line 1-based line (CSV, JSON Lines) or row (XLSX, Parquet) of the record, for rejects
 * @param values values in header order (null when unreadable)
 * @param error why the record could not be read, or null
 */
record SourceRecord(long number, long line, String[] values, String error) {
  static SourceRecord bad(long number, long line, String error) {
    return new SourceRecord(number, line, null, error);
  }
}
