-- Alerts (one per screening that raised new hits), their hits, the (party, entry, entry version) pairs already
-- alerted, and good-guy suppressions. An alert's history is its audit records (subject 'alert:<id>').
-- Ids: INTEGER PRIMARY KEY is SQLite's auto-assigned rowid; PostgreSQL gets an identity in its own V14.
CREATE TABLE alerts (
  id              INTEGER          PRIMARY KEY,
  party_ref       VARCHAR(200)     NOT NULL,
  origin          VARCHAR(16)      NOT NULL,
  state           VARCHAR(16)      NOT NULL,
  verdict         VARCHAR(16),
  reason          TEXT,
  decided_by      VARCHAR(64),
  decided_at      BIGINT,
  reviewed_by     VARCHAR(64),
  reviewed_at     BIGINT,
  version         INTEGER          NOT NULL,
  query_name      VARCHAR(1000)    NOT NULL,
  query_json      TEXT             NOT NULL,
  list_versions   TEXT             NOT NULL,
  lists           VARCHAR(300)     NOT NULL,
  regimes         VARCHAR(100)     NOT NULL,
  matcher_version VARCHAR(100)     NOT NULL,
  threshold       DOUBLE PRECISION NOT NULL,
  top_score       DOUBLE PRECISION NOT NULL,
  hit_count       INTEGER          NOT NULL,
  created_by      VARCHAR(64)      NOT NULL,
  created_at      BIGINT           NOT NULL
);
CREATE INDEX alerts_state ON alerts (state, created_at);
CREATE INDEX alerts_party ON alerts (party_ref, created_at);
CREATE INDEX alerts_created ON alerts (created_at);

CREATE TABLE alert_hits (
  alert_id     BIGINT           NOT NULL REFERENCES alerts (id),
  ord          INTEGER          NOT NULL,
  entry_key    VARCHAR(300)     NOT NULL,
  content_hash CHAR(64)         NOT NULL,
  list_code    VARCHAR(32)      NOT NULL,
  entry_name   VARCHAR(1000)    NOT NULL,
  score        DOUBLE PRECISION NOT NULL,
  hit_json     TEXT             NOT NULL,
  PRIMARY KEY (alert_id, ord)
);

CREATE TABLE alerted_pairs (
  party_ref    VARCHAR(200) NOT NULL,
  entry_key    VARCHAR(300) NOT NULL,
  content_hash CHAR(64)     NOT NULL,
  alert_id     BIGINT       NOT NULL REFERENCES alerts (id),
  PRIMARY KEY (party_ref, entry_key, content_hash)
);

CREATE TABLE suppressions (
  id           INTEGER      PRIMARY KEY,
  party_ref    VARCHAR(200) NOT NULL,
  entry_key    VARCHAR(300) NOT NULL,
  content_hash CHAR(64)     NOT NULL,
  alert_id     BIGINT       NOT NULL REFERENCES alerts (id),
  decided_by   VARCHAR(64)  NOT NULL,
  approved_by  VARCHAR(64)  NOT NULL,
  created_at   BIGINT       NOT NULL,
  revoked_by   VARCHAR(64),
  revoked_at   BIGINT
);
CREATE INDEX suppressions_pair ON suppressions (party_ref, entry_key, content_hash);

CREATE INDEX audit_log_subject ON audit_log (subject, seq);
