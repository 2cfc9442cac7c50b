-- A person's questions about a time staff looked at their information ("Ask why someone
-- looked"), each about one staff view on the audit log (`look_seq`), with the privacy officer's
-- answer once given. Open questions are read by due date for the privacy officers' queue.
CREATE TABLE access_questions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES people (id),
    look_seq BIGINT NOT NULL,
    words TEXT NOT NULL,
    asked_on DATE NOT NULL,
    due_on DATE NOT NULL,
    answer TEXT,
    answered_on DATE
);
CREATE INDEX access_questions_by_person ON access_questions (person_id, id);
CREATE INDEX access_questions_open ON access_questions (due_on, id) WHERE answer IS NULL;
