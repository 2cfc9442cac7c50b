-- "Who looked at your record" reads one person's events by one kind of actor and action,
-- newest first, a page at a time; this index answers that without reading the person's other
-- events (a person may have 100,000).
CREATE INDEX audit_events_person_actor ON audit_events (person_id, actor_kind, action, seq)
    WHERE person_id IS NOT NULL;
