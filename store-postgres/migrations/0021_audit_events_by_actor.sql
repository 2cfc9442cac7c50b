-- "Who looked at your record" reads one person's events by one kind of actor and action that
-- were done (not refused), newest first, a page at a time, and counts them; this index holds
-- every column those queries test, so both are read from the index alone, without the person's
-- other events or the events' rows (a person may have 100,000).
CREATE INDEX audit_events_person_actor ON audit_events (person_id, actor_kind, action, outcome, seq)
    WHERE person_id IS NOT NULL;
