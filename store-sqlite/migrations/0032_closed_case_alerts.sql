-- Closed-case access alerts: a member of staff's reason for opening the record of a person whose
-- case had closed (`candour_domain::closed_case`), kept for the privacy officers with their
-- outcome once recorded. A reason holds for one sign-in (`session_hash`). Alerts without an
-- outcome are read oldest first.
CREATE TABLE closed_case_alerts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES people (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    session_hash TEXT NOT NULL,
    closed_on TEXT NOT NULL,
    raised_at INTEGER NOT NULL,
    raised_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    finding TEXT,
    notes TEXT,
    decided_by INTEGER REFERENCES accounts (id),
    decided_on TEXT
) STRICT;
CREATE INDEX closed_case_alerts_by_session ON closed_case_alerts (session_hash, person_id);
CREATE INDEX closed_case_alerts_by_person ON closed_case_alerts (person_id, id);
CREATE INDEX closed_case_alerts_waiting ON closed_case_alerts (id) WHERE finding IS NULL;

-- Personal data breaches found by a privacy officer (UK GDPR Art 33(5): every breach is
-- documented, with its facts, effects and the remedial action taken), one per alert found not
-- legitimate.
CREATE TABLE breach_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES people (id),
    alert_id INTEGER NOT NULL UNIQUE REFERENCES closed_case_alerts (id),
    opened_on TEXT NOT NULL,
    facts TEXT NOT NULL
) STRICT;
