-- Embargo schema marker. Each area adds its own migrations:
--   V2..V9   list versions, entries, watch list, monitoring (list history)
--   V10..V19 alerts, suppressions, audit trail (case review)
--   V20..V29 users, API keys, sessions (server)
--   V30..V39 ownership links (decisions)
CREATE TABLE embargo_info (k VARCHAR(100) PRIMARY KEY, v VARCHAR(1000) NOT NULL);
INSERT INTO embargo_info (k, v) VALUES ('schema', 'embargo');
