-- Corrections point at one statement of one entry (candour_domain::rectification), and a
-- refused correction may carry the person's statement of disagreement (one per request).
ALTER TABLE rights_requests ADD COLUMN entry_id BIGINT REFERENCES record_entries (id);
ALTER TABLE rights_requests ADD COLUMN statement_position BIGINT;
CREATE TABLE disagreements (
    request_id BIGINT PRIMARY KEY REFERENCES rights_requests (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    entry_id BIGINT REFERENCES record_entries (id),
    statement_position BIGINT,
    text TEXT NOT NULL,
    added_on DATE NOT NULL,
    added_by BIGINT NOT NULL REFERENCES accounts (id),
    added_at BIGINT NOT NULL
);
CREATE INDEX disagreements_person ON disagreements (person_id, entry_id);
