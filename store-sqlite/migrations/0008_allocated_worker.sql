-- The member of staff a case is allocated to (JSON: name, role, phone, email), from the case system.
ALTER TABLE people ADD COLUMN allocated_worker TEXT;
