-- Users, roles and API keys (case review). Passwords are PBKDF2 strings, API keys SHA-256 hashes:
-- no secret is ever stored in a form that can be used to log in.
CREATE TABLE users (
  name          VARCHAR(64)  PRIMARY KEY,
  password_hash VARCHAR(200) NOT NULL,
  roles         VARCHAR(100) NOT NULL,
  disabled      SMALLINT     NOT NULL DEFAULT 0,
  created_at    BIGINT       NOT NULL,
  created_by    VARCHAR(64)  NOT NULL
);

CREATE TABLE api_keys (
  key_id     VARCHAR(32)  PRIMARY KEY,
  user_name  VARCHAR(64)  NOT NULL REFERENCES users (name),
  key_hash   CHAR(64)     NOT NULL,
  created_at BIGINT       NOT NULL,
  created_by VARCHAR(64)  NOT NULL,
  revoked_at BIGINT
);
CREATE INDEX api_keys_user ON api_keys (user_name);
