-- Staff's list of shares the person has not yet been told of, earliest review first
-- (/staff/sharing/not-told): only those rows, in that order.
CREATE INDEX sharing_events_untold ON sharing_events (review_on, id) WHERE told_on IS NULL;
