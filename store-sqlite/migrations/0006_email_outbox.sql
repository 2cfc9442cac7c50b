-- Emails waiting to be sent (and, once sent, when). Bodies hold no personal details beyond a
-- request reference; they point the person to the portal.
CREATE TABLE email_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
) STRICT;
CREATE INDEX email_outbox_unsent ON email_outbox (sent_at, id);
