package io.embargo.lists;

/**
 * How strictly {@link ListImporters} reads.
 *
 * <p>The default ({@link #STRICT}) rejects any truncated file. {@link #acceptTruncatedLastRecord} exists
 * for one real case: the shared partial copy of the trade.gov CSL CSV ends in the middle of its last row,
 * and the evaluation set counts that row. With the option on, a last record cut short (an unclosed quote
 * or missing trailing fields) is kept with the fields it has, and the list gets a warning naming it;
 * a malformed record anywhere else is still an error.
 *
 * @param acceptTruncatedLastRecord keep a truncated final CSV record instead of failing
 */
public record ImportOptions(boolean acceptTruncatedLastRecord) {
  /** Every defect is an error. */
  public static final ImportOptions STRICT = new ImportOptions(false);

  /** Accepts a truncated final CSV record (with a warning). */
  public static final ImportOptions ACCEPT_TRUNCATED_TAIL = new ImportOptions(true);
}
