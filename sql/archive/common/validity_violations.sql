-- The first versions of {{history}} that break the validity rule (validity_rule.sql), with how many do, for the
-- message that stops prepare before it adds the rule's CHECK: each with its key and its bounds in UTC.
SELECT
    {{key}}::text                        AS key,
    (valid_from AT TIME ZONE 'UTC')::text AS valid_from,
    (valid_to AT TIME ZONE 'UTC')::text   AS valid_to,
    count(*) OVER ()                     AS breaking
FROM {{history}}
WHERE NOT (
{{validity_rule}}
)
ORDER BY {{key}}, valid_from
LIMIT 5;
