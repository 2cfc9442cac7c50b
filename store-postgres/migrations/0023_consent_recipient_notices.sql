-- What staff recorded about each organisation that received information under a consent that
-- was then withdrawn (UK GDPR Art 7(3), Art 19): the day it was told, and the day it confirmed
-- it stopped. A withdrawal is known by its day (`withdrawn_on`): a consent given again and
-- withdrawn again has its own notices.
CREATE TABLE consent_recipient_notices (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consent_id BIGINT NOT NULL REFERENCES consents (id),
    withdrawn_on DATE NOT NULL,
    organisation TEXT NOT NULL,
    told_on DATE,
    confirmed_on DATE,
    UNIQUE (consent_id, withdrawn_on, organisation)
);
