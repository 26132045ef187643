package io.embargo.batch;

import java.util.List;

/**
 * One output row: one hit of one input record, or an input record without hits (with {@code --all}, or when
 * its decision is not CLEAR, e.g. an embargoed country), whose hit columns are null and score NaN. The same rows come out of the single-machine batch and the Spark job.
 *
 * @param recordId the caller's record id (or the record number when no id column is mapped)
 * @param inputName the name as screened
 * @param score the hit's score in [0,1], NaN when there is no hit
 * @param list list code, e.g. {@code ofac-sdn}
 * @param entryId the list's own id of the entry
 * @param primaryName the entry's primary name
 * @param matchedName the listed name (primary or alias) that matched best
 * @param programs the entry's programs joined with {@code "; "}
 * @param explanation {@link io.embargo.match.Explanation#summary()}
 * @param decision the record's decision: {@code CLEAR}, {@code REVIEW} or {@code BLOCK}
 *     ({@link io.embargo.decisions.Decider}); the same on every row of a record
 * @param decisionReason the record's most severe reason
 */
public record ResultRow(String recordId, String inputName, double score, String list, String entryId,
    String primaryName, String matchedName, String programs, String explanation, String decision,
    String decisionReason) {

  /** Column names, in output order. */
  public static final List<String> COLUMNS = List.of("record_id", "input_name", "score", "list", "entry_id",
      "primary_name", "matched_name", "programs", "explanation", "decision", "decision_reason");

  /** True when the row carries a hit. */
  public boolean isHit() {
    return list != null;
  }

  /** The score as written to text outputs: four decimals, or empty without a hit. */
  public String scoreText() {
    return Double.isNaN(score) ? "" : io.embargo.model.Decimals.fixed(score, 4);
  }

  /** The values as strings in {@link #COLUMNS} order; null stays null. */
  public String[] values() {
    return new String[] {recordId, inputName, Double.isNaN(score) ? null : scoreText(), list, entryId,
        primaryName, matchedName, programs, explanation, decision, decisionReason};
  }
}
