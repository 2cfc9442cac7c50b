-- A person's questions about a time staff looked at their information ("Ask why someone
-- looked"), each about one staff view on the audit log (`look_seq`), with the privacy officer's
-- answer once given. Open questions are read by due date for the privacy officers' queue.
CREATE TABLE access_questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES people (id),
    look_seq INTEGER NOT NULL,
    words TEXT NOT NULL,
    asked_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    answer TEXT,
    answered_on TEXT
) STRICT;
CREATE INDEX access_questions_by_person ON access_questions (person_id, id);
CREATE INDEX access_questions_open ON access_questions (due_on, id) WHERE answer IS NULL;
