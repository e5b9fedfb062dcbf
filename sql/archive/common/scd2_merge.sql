-- SCD type 2 merge of one dimension: {{history}} (every version of every {{key}}) from {{stage}} (the
-- dimension as ClickHouse holds it now). Runs in one transaction; @effective_from is the archived month's
-- first instant, the moment from which this run's view of the dimension applies.
-- Rules: a key seen for the first time gets a version valid since -infinity (it describes every earlier sale
-- too); a key whose attributes changed gets its current version closed at @effective_from and a new current
-- version from then on; re-running the same month updates the version it opened instead of stacking another;
-- re-running an older month never rewrites the newer history; unchanged keys are left alone.
-- Plain UPDATE/INSERT statements (no MERGE, no ON CONFLICT, no writable CTEs) so Greenplum 6 runs it too.

-- 1. This month already opened a version and the source changed again since: correct it in place.
UPDATE {{history}} AS h
SET ({{attributes}}) = ({{stage_attributes}})
FROM {{stage}} AS s
WHERE h.{{key}} = s.{{key}}
  AND h.is_current
  AND h.valid_from = @effective_from
  AND ({{history_attributes}}) IS DISTINCT FROM ({{stage_attributes}});

-- 2. Close the current version of every key whose attributes changed.
UPDATE {{history}} AS h
SET valid_to = @effective_from, is_current = false
FROM {{stage}} AS s
WHERE h.{{key}} = s.{{key}}
  AND h.is_current
  AND h.valid_from < @effective_from
  AND ({{history_attributes}}) IS DISTINCT FROM ({{stage_attributes}});

-- 3. Open a current version for every key that has none now: new keys since -infinity, changed ones from @effective_from.
INSERT INTO {{history}} ({{key}}, {{attributes}}, valid_from, valid_to, is_current)
SELECT
    s.{{key}},
    {{stage_attributes}},
    CASE WHEN EXISTS (SELECT 1 FROM {{history}} AS earlier WHERE earlier.{{key}} = s.{{key}})
         THEN @effective_from
         ELSE '-infinity'::timestamptz
    END,
    'infinity'::timestamptz,
    true
FROM {{stage}} AS s
WHERE NOT EXISTS (
    SELECT 1 FROM {{history}} AS current_version
    WHERE current_version.{{key}} = s.{{key}} AND current_version.is_current
);
