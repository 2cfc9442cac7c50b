-- Care record entries mirrored from the case system, and earlier versions of changed entries.
CREATE TABLE record_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES people (id),
    source_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    team TEXT NOT NULL,
    author_role TEXT NOT NULL,
    event_date TEXT NOT NULL,
    written_date TEXT NOT NULL,
    checked_on TEXT,
    statements TEXT NOT NULL,
    withheld TEXT,
    search_text TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (person_id, source_id)
) STRICT;
CREATE INDEX record_entries_person_date ON record_entries (person_id, event_date DESC, id DESC);

CREATE TABLE record_entry_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id INTEGER NOT NULL REFERENCES record_entries (id),
    entry TEXT NOT NULL,
    replaced_at INTEGER NOT NULL
) STRICT;
