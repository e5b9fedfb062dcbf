-- Every sales aggregate holds the pending days again: nothing is pending any more.
TRUNCATE TABLE aggregates_pending_days
