-- H2 has no trigram index: the development database is small and a scan is fast. Version kept aligned with
-- PostgreSQL.
CREATE INDEX idx_product_code_prefix ON product (code);
