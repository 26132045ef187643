/**
 * The tamper-evident audit trail (hash chain), its verification, export and retention. Front door:
 * {@link io.embargo.store.audit.AuditTrail}.
 */
package io.embargo.store.audit;
