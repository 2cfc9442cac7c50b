-- Sharing events (disclosures) as the case-management system recorded them, one per share per
-- person, replaced when the case system sends the same share again. `entries` is a JSON list
-- of the case system's ids of the record entries shared; told_on is set once the person was
-- told, otherwise not_told_reason and review_on say why not yet and when that is looked at.
CREATE TABLE sharing_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES people (id),
    source_id TEXT NOT NULL,
    shared_on DATE NOT NULL,
    recipient_organisation TEXT NOT NULL,
    recipient_role TEXT NOT NULL,
    information TEXT NOT NULL,
    entries TEXT NOT NULL,
    purpose TEXT NOT NULL,
    lawful_basis TEXT NOT NULL,
    authority TEXT,
    consent_ref TEXT,
    approved_by TEXT,
    told_on DATE,
    not_told_reason TEXT,
    review_on DATE,
    imported_at BIGINT NOT NULL,
    UNIQUE (person_id, source_id)
);
