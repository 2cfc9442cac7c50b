-- The answers a member of staff has given so far while recording a share in Candour, for one
-- person, in one session (the share itself goes to sharing_events when they confirm it).
CREATE TABLE share_drafts (
    session_hash TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    answers TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (session_hash, person_id)
) STRICT;
