package io.embargo.store.alerts;

import java.util.Optional;

/**
 * What {@link Alerts#record} did with one screening result.
 *
 * @param alertId the new alert, or empty when no hit was new
 * @param newHits hits put on the new alert
 * @param alreadyAlerted hits skipped because the same (party, entry, entry version) was alerted before
 * @param suppressed hits skipped because an approved false positive suppresses that pair
 */
public record RecordOutcome(Optional<Long> alertId, int newHits, int alreadyAlerted, int suppressed) {
  public RecordOutcome {
    java.util.Objects.requireNonNull(alertId, "alertId");
  }

  static RecordOutcome none() {
    return new RecordOutcome(Optional.empty(), 0, 0, 0);
  }
}
