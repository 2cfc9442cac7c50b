-- An attorney or deputy registered by staff works only once a second member of staff has
-- approved the registration (nobody approves their own). Registrations made before this rule
-- count as approved when they were made, by nobody named.
ALTER TABLE delegations ADD COLUMN approved_at BIGINT;
ALTER TABLE delegations ADD COLUMN approved_by BIGINT REFERENCES accounts (id);
UPDATE delegations SET approved_at = created_at WHERE evidence IS NOT NULL;
