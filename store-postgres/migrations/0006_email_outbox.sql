-- Emails waiting to be sent (and, once sent, when). Bodies hold no personal details beyond a
-- request reference; they point the person to the portal.
CREATE TABLE email_outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    attempts BIGINT NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX email_outbox_unsent ON email_outbox (sent_at, id);
