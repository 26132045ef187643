-- Ownership links (decisions): owner holds percent of owned, per import source. An import replaces all
-- links of its source in one transaction. percent NULL = share of unknown size.
CREATE TABLE ownership_link (
  source      VARCHAR(200)  NOT NULL,
  seq         INTEGER       NOT NULL,
  owner_name  VARCHAR(1000) NOT NULL,
  owned_name  VARCHAR(1000) NOT NULL,
  percent     DOUBLE PRECISION,
  as_of       VARCHAR(10),
  imported_at VARCHAR(40)   NOT NULL,
  PRIMARY KEY (source, seq),
  CHECK (length(owner_name) <= 1000 AND length(owned_name) <= 1000 AND length(source) <= 200),
  CHECK (percent IS NULL OR (percent > 0 AND percent <= 100))
);
CREATE INDEX ownership_link_owned ON ownership_link (owned_name);
