-- The count of a person's unread messages in the header of every page they open: only those
-- rows, by person.
CREATE INDEX notifications_unread ON notifications (person_id) WHERE read_at IS NULL;
