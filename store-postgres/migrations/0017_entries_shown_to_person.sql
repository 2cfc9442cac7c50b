-- Whether the person is shown an entry at all: 0 when it is withheld without saying so
-- (candour_domain::record::Withheld { say_so: false }), so it is left out of their list,
-- search, counts and page totals in SQL, never filtered afterwards.
ALTER TABLE record_entries ADD COLUMN shown_to_person INTEGER NOT NULL DEFAULT 1;
UPDATE record_entries SET shown_to_person = 0 WHERE withheld LIKE '%"say_so":false%';
