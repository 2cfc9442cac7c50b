-- Corrections point at one statement of one entry (candour_domain::rectification), and a
-- refused correction may carry the person's statement of disagreement (one per request).
ALTER TABLE rights_requests ADD COLUMN entry_id INTEGER REFERENCES record_entries (id);
ALTER TABLE rights_requests ADD COLUMN statement_position INTEGER;
CREATE TABLE disagreements (
    request_id INTEGER PRIMARY KEY REFERENCES rights_requests (id),
    person_id INTEGER NOT NULL REFERENCES people (id),
    entry_id INTEGER REFERENCES record_entries (id),
    statement_position INTEGER,
    text TEXT NOT NULL,
    added_on TEXT NOT NULL,
    added_by INTEGER NOT NULL REFERENCES accounts (id),
    added_at INTEGER NOT NULL
) STRICT;
CREATE INDEX disagreements_person ON disagreements (person_id, entry_id);
