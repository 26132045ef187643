/**
 * Ownership links, their import (CSV, FollowTheMoney) and the 50 percent rules (OFAC, BIS Affiliates, by
 * date from {@code ownership-rules.json}). Front doors: {@link io.embargo.decisions.ownership.OwnershipImport},
 * {@link io.embargo.decisions.ownership.OwnershipGraph}, {@link io.embargo.decisions.ownership.OwnershipAnalyzer}.
 */
package io.embargo.decisions.ownership;
