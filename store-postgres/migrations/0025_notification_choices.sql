-- How each person chose to be told of news: on the website only (no row, or no email), or by
-- email too, to this address. Only the person chooses; the email never carries details.
CREATE TABLE notification_choices (
    person_id BIGINT PRIMARY KEY REFERENCES people (id),
    email TEXT,
    chosen_at BIGINT NOT NULL
);
