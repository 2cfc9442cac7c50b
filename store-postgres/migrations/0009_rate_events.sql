-- Tries counted against abuse limits (candour_domain::abuse): which limit and whose, and when.
CREATE TABLE rate_events (
    bucket TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX rate_events_bucket_at ON rate_events (bucket, at);
