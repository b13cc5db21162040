-- Trigram indexes make the accent-insensitive "contains" search (LIKE '%key%') indexed; the pattern-ops
-- B-tree makes the subtree query (path LIKE '/42/%') and prefix matches on the short name indexed whatever
-- the database collation. The database owner may create pg_trgm (a trusted extension).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX idx_admin_unit_path ON admin_unit (path varchar_pattern_ops);
CREATE INDEX idx_admin_unit_name_key ON admin_unit (name_key varchar_pattern_ops);
CREATE INDEX idx_admin_unit_search_trgm ON admin_unit USING gin (search_key gin_trgm_ops);
