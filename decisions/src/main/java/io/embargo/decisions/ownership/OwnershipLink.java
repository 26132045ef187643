package io.embargo.decisions.ownership;

import java.time.LocalDate;

/**
 * One ownership fact: {@code owner} holds {@code percent} of {@code owned}. Immutable; validated on
 * construction.
 *
 * @param owner the owner's name as the source writes it; not blank
 * @param owned the owned party's name; not blank, different from the owner
 * @param percent share in (0, 100], or null when the source does not say how much (unknown share)
 * @param source where the fact comes from (file, dataset); not blank
 * @param asOf the date the fact was true, or null when the source gives none
 */
public record OwnershipLink(String owner, String owned, Double percent, String source, LocalDate asOf) {
  public OwnershipLink {
    owner = require(owner, "owner");
    owned = require(owned, "owned");
    source = require(source, "source");
    if (percent != null && !(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent: must be above 0 and at most 100, was " + percent);
    }
  }

  private static String require(String v, String field) {
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be empty");
    }
    return v.trim();
  }

  /** "30%" or "unknown %". */
  public String percentText() {
    return percent == null ? "unknown %" : Percentages.format(percent) + "%";
  }
}
