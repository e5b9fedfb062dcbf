-- Runs of a pipeline that succeeded after a backup was taken: what a tier restored from that backup no longer holds.
SELECT DISTINCT partition_key
FROM strata_meta.runs
WHERE pipeline = @pipeline AND status = 'succeeded' AND finished_at > @since
ORDER BY partition_key
