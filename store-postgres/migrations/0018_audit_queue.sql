-- Audit events waiting to be placed in the chain. A workflow's transaction adds its events here
-- (no lock: writers never wait for one another); the sequencer moves them into audit_events in
-- order, hashing each onto the one before, under the log's lock, many at a time.
CREATE TABLE audit_queue (
    id BIGSERIAL PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id TEXT,
    actor_role TEXT,
    actor_organisation TEXT,
    acting_for BIGINT,
    person_id BIGINT,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    outcome TEXT NOT NULL,
    salt TEXT,
    reason TEXT,
    detail TEXT
);
