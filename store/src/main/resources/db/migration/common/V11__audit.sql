-- The audit trail: an append-only hash chain. hash = SHA-256(canonical record || prev_hash).
-- audit_head holds the chain tip (and, after a retention purge, the anchor the remaining chain starts from);
-- every writer updates it first, which serialises appends so the chain never forks.
CREATE TABLE audit_log (
  seq       BIGINT       PRIMARY KEY,
  at_ms     BIGINT       NOT NULL,
  actor     VARCHAR(64)  NOT NULL,
  action    VARCHAR(64)  NOT NULL,
  subject   VARCHAR(300) NOT NULL,
  details   TEXT         NOT NULL,
  regimes   VARCHAR(100) NOT NULL,
  prev_hash CHAR(64)     NOT NULL,
  hash      CHAR(64)     NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at_ms);

CREATE TABLE audit_head (
  id        INTEGER  PRIMARY KEY,
  seq       BIGINT   NOT NULL,
  hash      CHAR(64) NOT NULL,
  base_seq  BIGINT   NOT NULL,
  base_hash CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash, base_seq, base_hash) VALUES (1, 0,
  '0000000000000000000000000000000000000000000000000000000000000000', 0,
  '0000000000000000000000000000000000000000000000000000000000000000');
