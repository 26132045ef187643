package io.embargo.model;

import java.util.Locale;

/**
 * The lists Embargo knows. Each has a stable lower-case code used in files, the API and the database.
 *
 * <p>Rows of the trade.gov Consolidated Screening List are {@link #CSL} and keep their underlying source
 * program (e.g. {@code EL}) in {@link ListEntry#sourceProgram()}.
 */
public enum ListId {
  OFAC_SDN("ofac-sdn", "OFAC Specially Designated Nationals"),
  OFAC_CONS("ofac-cons", "OFAC Consolidated (non-SDN) lists"),
  CSL("csl", "trade.gov Consolidated Screening List"),
  BIS_EL("bis-el", "BIS Entity List"),
  BIS_DPL("bis-dpl", "BIS Denied Persons List"),
  BIS_UVL("bis-uvl", "BIS Unverified List"),
  BIS_MEU("bis-meu", "BIS Military End-User List"),
  UN("un", "UN Security Council Consolidated List"),
  EU("eu", "EU Financial Sanctions Files"),
  UK("uk", "UK Sanctions List (FCDO)"),
  OPENSANCTIONS("opensanctions", "OpenSanctions (FollowTheMoney)");

  private final String code;
  private final String title;

  ListId(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** The stable code, e.g. {@code ofac-sdn}. */
  public String code() {
    return code;
  }

  /** A human-readable title. */
  public String title() {
    return title;
  }

  /**
   * Parses a code (case-insensitive, {@code _} accepted for {@code -}).
   *
   * @throws IllegalArgumentException naming the bad value and the accepted ones
   */
  public static ListId fromCode(String code) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (ListId id : values()) {
      if (id.code.equals(c)) {
        return id;
      }
    }
    StringBuilder known = new StringBuilder();
    for (ListId id : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(id.code);
    }
    throw new IllegalArgumentException("unknown list '" + code + "' (known: " + known + ")");
  }

  @Override
  public String toString() {
    return code;
  }
}
