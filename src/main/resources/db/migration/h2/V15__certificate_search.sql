-- H2 has no trigram index (a scan is fast on the development database); the set/stars index serves the
-- catalogue's filters as on PostgreSQL.
CREATE INDEX idx_certificate_set ON certificate (product_set, stars);
