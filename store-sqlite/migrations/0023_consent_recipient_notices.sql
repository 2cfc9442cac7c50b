-- What staff recorded about each organisation that received information under a consent that
-- was then withdrawn (UK GDPR Art 7(3), Art 19): the day it was told, and the day it confirmed
-- it stopped. A withdrawal is known by its day (`withdrawn_on`): a consent given again and
-- withdrawn again has its own notices.
CREATE TABLE consent_recipient_notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    consent_id INTEGER NOT NULL REFERENCES consents (id),
    withdrawn_on TEXT NOT NULL,
    organisation TEXT NOT NULL,
    told_on TEXT,
    confirmed_on TEXT,
    UNIQUE (consent_id, withdrawn_on, organisation)
) STRICT;
