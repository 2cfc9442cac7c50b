-- Rights requests, what happened to each, and answers saved while a request is being made.
CREATE TABLE rights_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES people (id),
    right_kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    received_on TEXT NOT NULL,
    made_by INTEGER NOT NULL REFERENCES accounts (id),
    on_behalf INTEGER NOT NULL,
    helped_by TEXT,
    about TEXT NOT NULL,
    wrong TEXT,
    should_say TEXT,
    contact TEXT NOT NULL,
    contact_detail TEXT,
    created_at INTEGER NOT NULL,
    closed_at INTEGER
) STRICT;
CREATE INDEX rights_requests_person ON rights_requests (person_id);
CREATE INDEX rights_requests_open ON rights_requests (closed_at);

CREATE TABLE request_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER NOT NULL REFERENCES rights_requests (id),
    kind TEXT NOT NULL,
    happened_on TEXT NOT NULL,
    note TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES accounts (id),
    recorded_at INTEGER NOT NULL
) STRICT;
CREATE INDEX request_events_request ON request_events (request_id, id);

CREATE TABLE request_drafts (
    session_hash TEXT PRIMARY KEY,
    answers TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
