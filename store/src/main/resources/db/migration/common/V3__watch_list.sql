-- Watch list and monitoring (history helper).

CREATE TABLE watch_party (
  party_ref   VARCHAR(200)  NOT NULL PRIMARY KEY,
  name        VARCHAR(1000) NOT NULL,
  party_type  VARCHAR(20)   NOT NULL,
  country     VARCHAR(2),
  dob         VARCHAR(10),
  identifiers VARCHAR(2000),
  address     VARCHAR(1000),
  updated_at  BIGINT        NOT NULL
);

-- A re-screen of the watch list. Created in the same transaction as the list version it follows, so a
-- crash between import and re-screen loses nothing; cursor = last party_ref fully processed.
CREATE TABLE rescreen_job (
  job_id       VARCHAR(100) NOT NULL PRIMARY KEY,
  kind         VARCHAR(10)  NOT NULL,
  list_code    VARCHAR(40),
  from_version BIGINT,
  to_version   BIGINT,
  status       VARCHAR(10)  NOT NULL,
  cursor_ref   VARCHAR(200),
  parties_done BIGINT       NOT NULL,
  new_hits     BIGINT       NOT NULL,
  created_at   BIGINT       NOT NULL,
  finished_at  BIGINT
);
CREATE INDEX rescreen_job_status ON rescreen_job (status, created_at);

-- Hits raised by monitoring, once per (party, entry, entry content): the idempotency key.
CREATE TABLE monitor_hit (
  party_ref    VARCHAR(200) NOT NULL,
  entry_key    VARCHAR(450) NOT NULL,
  content_hash VARCHAR(64)  NOT NULL,
  score        DOUBLE PRECISION NOT NULL,
  origin       VARCHAR(200) NOT NULL,
  created_at   BIGINT       NOT NULL,
  PRIMARY KEY (party_ref, entry_key, content_hash)
);
