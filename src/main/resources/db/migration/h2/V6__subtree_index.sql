-- The province subtree (unit_level = 'COMMUNE' AND path LIKE '/42/%'): without this index H2 walks every
-- commune row through (unit_level, valid_to); with it, the subtree is one index range (see docs/benchmarks.md).
CREATE INDEX idx_admin_unit_level_path ON admin_unit (unit_level, path);
