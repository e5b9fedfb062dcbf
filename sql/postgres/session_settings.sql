-- Run on every connection Strata takes from its pool, raw tier and archive alike (the pool's reset undoes session
-- settings, so once per physical connection is not enough). JIT compilation off: Strata's statements are scans and
-- aggregations planned once and run once, and compiling them cost more than it saved on every report and check
-- measured (docs/decisions/0009-no-jit-in-strata-sessions.md). Greenplum 6 has no jit setting: there the
-- WHERE finds no row and nothing is set.
SELECT set_config('jit', 'off', false)
FROM pg_settings
WHERE name = 'jit';
