-- Access events a case system reported (a member of staff opening a person's information in one
-- of the council's own systems). The event itself is on the audit log; this table only knows
-- which the sending organisation has already sent, by its own id, so sending one again changes
-- nothing, and which organisations' staff appear in each person's "Who looked at your record".
CREATE TABLE received_access_events (
    organisation TEXT NOT NULL,
    source_id TEXT NOT NULL,
    person_id BIGINT NOT NULL REFERENCES people (id),
    staff_organisation TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (organisation, source_id)
);
CREATE INDEX received_access_events_person ON received_access_events (person_id, staff_organisation);

-- "Who looked at your record" is newest first by when each look happened, which for a reported
-- event is earlier than when it reached the log: one run of this index, in that order, for a
-- person's looks (one kind of actor, one action, done), so a page and the count read the index
-- alone unless narrowed to an organisation.
DROP INDEX audit_events_person_actor;
CREATE INDEX audit_events_person_looked ON audit_events (person_id, actor_kind, action, outcome, at, seq)
    WHERE person_id IS NOT NULL;
