package io.embargo.decisions.ownership;

import java.util.Locale;

/** File formats {@link OwnershipImport} reads. */
public enum OwnershipFormat {
  /** CSV with header {@code owner,owned,percent,source,as_of} ({@code source}, {@code as_of} optional). */
  CSV,
  /** OpenSanctions FollowTheMoney JSON lines; {@code Ownership} entities plus the parties they reference. */
  FTM;

  /** @throws IllegalArgumentException naming {@code format} and the accepted values */
  public static OwnershipFormat parse(String s) {
    String v = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    switch (v) {
      case "csv": return CSV;
      case "ftm": case "json": case "followthemoney": return FTM;
      default: throw new IllegalArgumentException("format: unknown ownership format '" + s + "' (use csv or ftm)");
    }
  }
}
