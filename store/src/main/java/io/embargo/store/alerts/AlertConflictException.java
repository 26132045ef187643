package io.embargo.store.alerts;

/**
 * Another user changed the alert first (or it is no longer in the state the action needs). Nothing was
 * written. Callers map it to HTTP 409 and the CLI to exit code 3; the message names the alert and its
 * current state.
 */
public final class AlertConflictException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public AlertConflictException(String message) {
    super(message);
  }
}
