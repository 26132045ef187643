package io.embargo.store.audit;

/**
 * The outcome of {@link AuditTrail#verify()}.
 *
 * @param ok true when every record's hash is correct, the chain is unbroken and ends at the recorded tip
 * @param recordsChecked how many records were read
 * @param firstBrokenSeq the first record that fails, or -1 when {@code ok}
 * @param reason why it fails (null when ok), e.g. "hash mismatch: the record was changed after it was written"
 * @param tipHash when ok, the hash of the last record (64 zeros for an empty trail). Someone with write access
 *     to the database could rewrite the whole chain, so keep this value outside it (a ticket, an e-mail, a
 *     signed report): a later verify whose chain no longer passes through it proves a rewrite. Null when broken.
 */
public record VerifyResult(boolean ok, long recordsChecked, long firstBrokenSeq, String reason, String tipHash) {
  static VerifyResult intact(long n, String tipHash) {
    return new VerifyResult(true, n, -1, null, tipHash);
  }

  static VerifyResult broken(long n, long seq, String reason) {
    return new VerifyResult(false, n, seq, reason, null);
  }

  /** One line for people: {@code intact: 1000 records} or {@code BROKEN at record 17: …}. */
  public String summary() {
    return ok ? "audit trail intact: " + recordsChecked + " records verified, tip " + tipHash
        : "audit trail BROKEN at record " + firstBrokenSeq + ": " + reason + " (" + recordsChecked
            + " records checked)";
  }
}
