-- Subject access copies (candour_domain::access_copy), one per access request, removed once
-- they expire.
CREATE TABLE access_copies (
    request_id BIGINT PRIMARY KEY REFERENCES rights_requests (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    made_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    document TEXT NOT NULL
);
CREATE INDEX access_copies_expires ON access_copies (expires_at);
