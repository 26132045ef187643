/**
 * Alerts from screening hits, four-eyes review and good-guy suppressions. Front door:
 * {@link io.embargo.store.alerts.Alerts}. Fields documented as "or null" are nullable.
 */
package io.embargo.store.alerts;
