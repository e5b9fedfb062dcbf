-- Check "unique" on the warehouse: rows of {table} beyond the first with the same {column} (a key names one row).
SELECT toInt64(count() - uniqExact({column:Identifier})) AS failing_rows
FROM {table:Identifier}
