-- Check "accepted_values" on the warehouse: rows of {table} whose {column} is set and none of {values}.
SELECT toInt64(countIf(isNotNull({column:Identifier}) AND NOT has({values:Array(String)}, assumeNotNull({column:Identifier})))) AS failing_rows
FROM {table:Identifier}
