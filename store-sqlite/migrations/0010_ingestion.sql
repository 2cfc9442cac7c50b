-- The ingestion API: which organisation's case system sent each person, Easy Read summaries of
-- entries, and the API clients (secrets stored only as SHA-256 hashes).
ALTER TABLE people ADD COLUMN organisation TEXT;
CREATE INDEX people_organisation_source ON people (organisation, source_id);
ALTER TABLE record_entries ADD COLUMN summary TEXT;
CREATE TABLE api_clients (
    client_id TEXT PRIMARY KEY,
    secret_hash TEXT NOT NULL,
    organisation TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
) STRICT;
