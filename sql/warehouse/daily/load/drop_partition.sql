-- Drops one month of {table} that has nothing left on the days this run rebuilt (every row of it deleted or moved
-- away at the source). ClickHouse refuses REPLACE PARTITION from an empty source rather than silently emptying the
-- target.
ALTER TABLE {table:Identifier} DROP PARTITION ID {partition_id:String}
