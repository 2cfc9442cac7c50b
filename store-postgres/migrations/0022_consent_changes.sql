-- Changes a person, or a delegate with the "manage consent" scope, made online to a consent
-- (UK GDPR Art 7(3): withdrawn, or given again), kept apart from the case system's copy in
-- `consents` so that the case system sending the consent again never erases them. `sequence`
-- numbers a consent's changes from 1: two presses of the same button race for the same number
-- and only one is kept.
CREATE TABLE consent_changes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consent_id BIGINT NOT NULL REFERENCES consents (id),
    sequence BIGINT NOT NULL,
    status TEXT NOT NULL,
    changed_on DATE NOT NULL,
    changed_at BIGINT NOT NULL,
    by_kind TEXT NOT NULL,
    by_name TEXT,
    UNIQUE (consent_id, sequence)
);
