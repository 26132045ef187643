-- List history (history helper): every imported version of every list, entry contents stored once.
-- Portable SQL (SQLite and PostgreSQL): no auto-increment, times as epoch milliseconds, dates as ISO text.

CREATE TABLE list_version (
  list_code    VARCHAR(40)   NOT NULL,
  version      BIGINT        NOT NULL,
  sha256       VARCHAR(64)   NOT NULL,
  set_hash     VARCHAR(64)   NOT NULL,
  format       VARCHAR(40),
  source_files VARCHAR(4000) NOT NULL,
  published    VARCHAR(10),
  effective    VARCHAR(10)   NOT NULL,
  imported_at  BIGINT        NOT NULL,
  imported_by  VARCHAR(200)  NOT NULL,
  entry_count  INTEGER       NOT NULL,
  PRIMARY KEY (list_code, version)
);

-- One row per distinct entry content: unchanged entries are shared by every version that contains them.
CREATE TABLE list_entry_content (
  content_hash VARCHAR(64)  NOT NULL PRIMARY KEY,
  list_code    VARCHAR(40)  NOT NULL,
  source_id    VARCHAR(400) NOT NULL,
  party_type   VARCHAR(20)  NOT NULL,
  body         TEXT         NOT NULL
);

CREATE TABLE list_version_entry (
  list_code    VARCHAR(40)  NOT NULL,
  version      BIGINT       NOT NULL,
  pos          INTEGER      NOT NULL,
  source_id    VARCHAR(400) NOT NULL,
  content_hash VARCHAR(64)  NOT NULL REFERENCES list_entry_content (content_hash),
  PRIMARY KEY (list_code, version, pos),
  FOREIGN KEY (list_code, version) REFERENCES list_version (list_code, version)
);
CREATE INDEX list_version_entry_hash ON list_version_entry (list_code, version, content_hash);
CREATE INDEX list_version_entry_sid ON list_version_entry (list_code, version, source_id);
CREATE INDEX list_version_entry_content ON list_version_entry (content_hash);
