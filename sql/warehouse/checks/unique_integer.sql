-- Check "unique" on the warehouse for an integer key: rows of {table} beyond the first with the same {column}.
-- Distinct keys are counted exactly with a bitmap (toUInt64 keeps distinct integers distinct, negative ones too):
-- compact for sequence-like ids, where uniqExact's hash set grows with the table (about 480 MB for 10M sale_ids).
SELECT toInt64(count() - groupBitmap(toUInt64({column:Identifier}))) AS failing_rows
FROM {table:Identifier}
