-- Rights requests, what happened to each, and answers saved while a request is being made.
CREATE TABLE rights_requests (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES people (id),
    right_kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    received_on DATE NOT NULL,
    made_by BIGINT NOT NULL REFERENCES accounts (id),
    on_behalf BOOLEAN NOT NULL,
    helped_by TEXT,
    about TEXT NOT NULL,
    wrong TEXT,
    should_say TEXT,
    contact TEXT NOT NULL,
    contact_detail TEXT,
    created_at BIGINT NOT NULL,
    closed_at BIGINT
);
CREATE INDEX rights_requests_person ON rights_requests (person_id);
CREATE INDEX rights_requests_open ON rights_requests (closed_at);

CREATE TABLE request_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES rights_requests (id),
    kind TEXT NOT NULL,
    happened_on DATE NOT NULL,
    note TEXT NOT NULL,
    recorded_by BIGINT NOT NULL REFERENCES accounts (id),
    recorded_at BIGINT NOT NULL
);
CREATE INDEX request_events_request ON request_events (request_id, id);

CREATE TABLE request_drafts (
    session_hash TEXT PRIMARY KEY,
    answers TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
