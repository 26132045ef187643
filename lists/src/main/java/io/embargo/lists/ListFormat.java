package io.embargo.lists;

/** The published formats Embargo reads. */
public enum ListFormat {
  /** OFAC legacy CSV set: sdn.csv + add.csv + alt.csv + sdn_comments.csv, or the cons_* set. */
  OFAC_CSV,
  /** OFAC XML, {@code sdnList} schema (sdn.xml, consolidated.xml). */
  OFAC_XML,
  /** trade.gov Consolidated Screening List CSV. */
  CSL_CSV,
  /** trade.gov Consolidated Screening List JSON ({@code results} array, or {@code entries} with {@code csl_id}). */
  CSL_JSON,
  /** BIS Denied Persons List, quoted TSV. */
  BIS_DPL,
  /** UN Security Council consolidated XML. */
  UN_XML,
  /** EU Financial Sanctions Files XML. */
  EU_XML,
  /** UK Sanctions List, FCDO OpenDocument spreadsheet. */
  UK_ODS,
  /** UK Sanctions List as a plain CSV conversion. */
  UK_CSV,
  /** OpenSanctions FollowTheMoney JSON lines. */
  FTM_JSON
}
