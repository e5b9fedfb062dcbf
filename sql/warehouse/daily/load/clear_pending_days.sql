-- Every day aggregate holds the pending days again: nothing is pending any more.
TRUNCATE TABLE day_aggregates_pending
