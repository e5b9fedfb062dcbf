-- Check "relationships" on the warehouse: facts of {table} whose {column} names no row of the dimension {parent}.
SELECT toInt64(count()) AS failing_rows
FROM {table:Identifier}
WHERE {column:Identifier} NOT IN (SELECT {parent_key:Identifier} FROM {parent:Identifier})
