-- Defence in depth: the database itself refuses to change audit records, and refuses to delete any record
-- above the purge mark that AuditTrail.purge sets (after checking retention) in the same transaction.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN old.seq > (SELECT base_seq FROM audit_head WHERE id = 1)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused (record under retention)');
END;
