package io.embargo.store.audit;

/**
 * The outcome of {@link AuditTrail#verify()}.
 *
 * @param ok true when every record's hash is correct, the chain is unbroken and ends at the recorded tip
 * @param recordsChecked how many records were read
 * @param firstBrokenSeq the first record that fails, or -1 when {@code ok}
 * @param reason why it fails (null when ok), e.g. "hash mismatch: the record was changed after it was written"
 */
public record VerifyResult(boolean ok, long recordsChecked, long firstBrokenSeq, String reason) {
  static VerifyResult intact(long n) {
    return new VerifyResult(true, n, -1, null);
  }

  static VerifyResult broken(long n, long seq, String reason) {
    return new VerifyResult(false, n, seq, reason);
  }

  /** One line for people: {@code intact: 1000 records} or {@code BROKEN at record 17: …}. */
  public String summary() {
    return ok ? "audit trail intact: " + recordsChecked + " records verified"
        : "audit trail BROKEN at record " + firstBrokenSeq + ": " + reason + " (" + recordsChecked
            + " records checked)";
  }
}
