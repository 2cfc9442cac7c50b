-- Which kinds of news a person wants by email (`candour_domain::news`), as keys joined by
-- commas; NULL for a choice made before there were kinds, which keeps every kind.
ALTER TABLE notification_choices ADD COLUMN email_kinds TEXT;
