-- Check "not_empty" on the warehouse: rows of {table} whose required text {column} is empty (ClickHouse keeps a
-- required column non-Nullable, so an empty string is how a missing value would show).
SELECT toInt64(countIf(empty({column:Identifier}))) AS failing_rows
FROM {table:Identifier}
