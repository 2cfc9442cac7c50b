-- Who last checked an entry for accuracy (with checked_on, the date).
ALTER TABLE record_entries ADD COLUMN checked_by INTEGER REFERENCES accounts (id);
CREATE INDEX record_entries_checked ON record_entries (checked_on);
