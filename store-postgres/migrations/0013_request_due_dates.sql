-- Each request's due date, stored whenever it changes, so the staff queue is one indexed query
-- ordered by it (NULL while the clock is stopped or paused). Filled in for existing requests when
-- Candour next starts.
ALTER TABLE rights_requests ADD COLUMN due_on DATE;
CREATE INDEX rights_requests_queue ON rights_requests (due_on, id) WHERE closed_at IS NULL;
