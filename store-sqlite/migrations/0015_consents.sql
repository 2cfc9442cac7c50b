-- Consent records as the case-management system recorded them (UK GDPR Art 7(1): who
-- answered, yes or no, when, how, to what), one per consent per person, replaced when the case
-- system sends the same consent again (which is how a withdrawal arrives: withdrawn_on set).
-- answered_by is NULL when the person answered themself.
CREATE TABLE consents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES people (id),
    source_id TEXT NOT NULL,
    answer TEXT NOT NULL,
    answered_on TEXT NOT NULL,
    answered_by TEXT,
    method TEXT NOT NULL,
    purpose TEXT NOT NULL,
    recipients TEXT NOT NULL,
    withdrawn_on TEXT,
    imported_at INTEGER NOT NULL,
    UNIQUE (person_id, source_id)
) STRICT;
