-- The public catalogue searches certificates by accent-free words (search_key LIKE '% word%'): a trigram index
-- makes that an index lookup; the set/stars index serves the catalogue's filters.
CREATE INDEX idx_certificate_search_trgm ON certificate USING gin (search_key gin_trgm_ops);
CREATE INDEX idx_certificate_set ON certificate (product_set, stars);
