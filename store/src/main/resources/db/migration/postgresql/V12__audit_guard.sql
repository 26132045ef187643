-- Defence in depth: the database itself refuses to change audit records, and refuses to delete any record
-- above the purge mark that AuditTrail.purge sets (after checking retention) in the same transaction.
CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'TRUNCATE') THEN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
  END IF;
  IF OLD.seq > (SELECT base_seq FROM audit_head WHERE id = 1) THEN
    RAISE EXCEPTION 'audit_log is append-only: DELETE refused (record under retention)';
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_guard();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard();
