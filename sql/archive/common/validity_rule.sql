-- The rule every SCD2 version's validity keeps (decision 0010), a predicate placed where add_validity_check.sql and
-- validity_violations.sql write the placeholder validity_rule in double braces: valid_from and valid_to are each a UTC
-- month start, -infinity or infinity, as the SCD2 merge writes them (scd2_merge.sql). Then, within one UTC month, a
-- key's versions valid at any of its instants are those valid at its first one, so the summaries join a month's sales
-- to those versions by equality (summarize_month.sql). date_trunc leaves -infinity and infinity as they are. Both sides
-- are read in UTC on purpose: AT TIME ZONE 'UTC' of a timestamptz is immutable, so no session's TimeZone changes which
-- rows pass (date_trunc of a timestamptz itself would cut at the session's local month start).
    date_trunc('month', valid_from AT TIME ZONE 'UTC') = valid_from AT TIME ZONE 'UTC'
    AND date_trunc('month', valid_to AT TIME ZONE 'UTC') = valid_to AT TIME ZONE 'UTC'
