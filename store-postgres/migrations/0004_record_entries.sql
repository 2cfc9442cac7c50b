-- Care record entries mirrored from the case system, and earlier versions of changed entries.
CREATE TABLE record_entries (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES people (id),
    source_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    team TEXT NOT NULL,
    author_role TEXT NOT NULL,
    event_date DATE NOT NULL,
    written_date DATE NOT NULL,
    checked_on DATE,
    statements TEXT NOT NULL,
    withheld TEXT,
    search_text TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (person_id, source_id)
);
CREATE INDEX record_entries_person_date ON record_entries (person_id, event_date DESC, id DESC);

CREATE TABLE record_entry_versions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id BIGINT NOT NULL REFERENCES record_entries (id),
    entry TEXT NOT NULL,
    replaced_at BIGINT NOT NULL
);
