-- The catalogue's aggregates (counts by stars, provinces, communes) and the open data's ETag are keyed on the last
-- change of any certificate: MAX(updated_at) is then an index lookup.
CREATE INDEX idx_certificate_updated ON certificate (updated_at);
