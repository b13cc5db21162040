-- H2 has no trigram index; the search keys are short and a scan of the map is fast. Plain B-tree indexes
-- keep prefix matches on the path and the short name indexed, and the version numbers aligned with
-- PostgreSQL.
CREATE INDEX idx_admin_unit_path ON admin_unit (path);
CREATE INDEX idx_admin_unit_name_key ON admin_unit (name_key);
