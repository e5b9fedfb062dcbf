-- Drops one partition of {target} whose days this run rebuilt and found empty in PostgreSQL. (ClickHouse
-- refuses REPLACE PARTITION from an empty source, so an emptied partition is dropped explicitly.)
ALTER TABLE {target:Identifier} DROP PARTITION ID {partition_id:String}
