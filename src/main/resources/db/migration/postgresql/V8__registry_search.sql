-- Trigram indexes make the accent-insensitive word search (search_key LIKE '% word%') of the registries an
-- index lookup; pattern-ops B-trees serve the prefix ranking on the name and the code.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX idx_producer_search_trgm ON producer USING gin (search_key gin_trgm_ops);
CREATE INDEX idx_product_search_trgm ON product USING gin (search_key gin_trgm_ops);
CREATE INDEX idx_product_code_prefix ON product (code varchar_pattern_ops);
