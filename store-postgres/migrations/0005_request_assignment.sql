-- The member of staff working on a request.
ALTER TABLE rights_requests ADD COLUMN assigned_to BIGINT REFERENCES accounts (id);
