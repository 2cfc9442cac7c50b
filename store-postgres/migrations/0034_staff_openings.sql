-- The record entries a member of staff has opened in one sign-in (`session_hash`), with the
-- reason they chose. Opening is a POST, recorded on the audit log with its reason in the same
-- transaction; the entry page (a GET, which a browser or a link checker may fetch on its own)
-- shows an entry only when it was opened this way in the same sign-in, and otherwise asks why.
CREATE TABLE staff_openings (
    session_hash TEXT NOT NULL,
    person_id BIGINT NOT NULL REFERENCES people (id),
    entry_id BIGINT NOT NULL,
    why TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    PRIMARY KEY (session_hash, entry_id, why)
);
