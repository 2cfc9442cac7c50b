-- An invitation emailed to an address can be accepted only by an account signed in with that
-- address: the SHA-256 of the address, lower case (candour_domain::delegation::email_hash).
ALTER TABLE delegations ADD COLUMN invited_email_hash TEXT;
