-- Same index as on H2, for the subtree of one level (unit_level = 'COMMUNE' AND path LIKE '/42/%').
CREATE INDEX idx_admin_unit_level_path ON admin_unit (unit_level, path varchar_pattern_ops);
