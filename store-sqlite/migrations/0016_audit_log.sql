-- The audit log (candour_domain::audit): append-only, each event chained to the one before by
-- its hash. Personal words sit beside the chain in audit_details, so erasure can remove them
-- and the chain still verifies. Checkpoints are signed with the portal's Ed25519 key.
CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id TEXT,
    actor_role TEXT,
    actor_organisation TEXT,
    acting_for INTEGER,
    person_id INTEGER,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    outcome TEXT NOT NULL,
    content_hash TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_events_person ON audit_events (person_id, seq) WHERE person_id IS NOT NULL;
CREATE INDEX audit_events_acting_for ON audit_events (acting_for, seq) WHERE acting_for IS NOT NULL;

CREATE TABLE audit_details (
    seq INTEGER PRIMARY KEY,
    salt TEXT NOT NULL,
    reason TEXT,
    detail TEXT
) STRICT;

CREATE TABLE audit_checkpoints (
    number INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    at INTEGER NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL
) STRICT;

-- Abuse limits: one row per bucket holding its theoretical arrival time (milliseconds), so a
-- try is checked and counted in one statement (candour_domain::abuse::Limit::try_at).
CREATE TABLE rate_limits (
    bucket TEXT PRIMARY KEY,
    arrival_ms INTEGER NOT NULL
) STRICT;
DROP TABLE rate_events;
