-- Who signs in, their sessions, delegations, what each did, and messages to people.
-- Times are unix seconds (UTC); calendar dates are ISO text.
ALTER TABLE people ADD COLUMN nhs_number TEXT;
CREATE UNIQUE INDEX people_nhs_number ON people (nhs_number) WHERE nhs_number IS NOT NULL;

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('public', 'staff', 'demo')),
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    display_name TEXT NOT NULL,
    email TEXT,
    person_id INTEGER REFERENCES people (id),
    roles TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL,
    UNIQUE (issuer, subject)
) STRICT;

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    acting_for INTEGER REFERENCES people (id),
    assurance TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    ended_at INTEGER
) STRICT;
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE sign_in_attempts (
    id_hash TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    state TEXT NOT NULL,
    nonce TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    return_to TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE delegations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES people (id),
    delegate_account_id INTEGER REFERENCES accounts (id),
    delegate_name TEXT NOT NULL,
    authority TEXT NOT NULL,
    scopes TEXT NOT NULL,
    ends_on TEXT,
    invite_code_hash TEXT UNIQUE,
    evidence TEXT,
    created_by INTEGER NOT NULL REFERENCES accounts (id),
    created_at INTEGER NOT NULL,
    accepted_at INTEGER,
    ended_at INTEGER,
    ended_by INTEGER REFERENCES accounts (id)
) STRICT;
CREATE INDEX delegations_person ON delegations (person_id);
CREATE INDEX delegations_delegate ON delegations (delegate_account_id);

CREATE TABLE activity (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    person_id INTEGER REFERENCES people (id),
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX activity_person ON activity (person_id, at);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES people (id),
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    args TEXT NOT NULL DEFAULT '{}',
    read_at INTEGER
) STRICT;
CREATE INDEX notifications_person ON notifications (person_id, at);
