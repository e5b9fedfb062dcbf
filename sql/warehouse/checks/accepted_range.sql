-- Check "accepted_range" on the warehouse: rows of {table} whose {column} lies outside {min}..{max} (inclusive).
-- Compared as Float64: a Decimal does not compare with a Float64 parameter, and every bound is exact in a double.
SELECT toInt64(countIf(toFloat64({column:Identifier}) < {min:Float64} OR toFloat64({column:Identifier}) > {max:Float64})) AS failing_rows
FROM {table:Identifier}
