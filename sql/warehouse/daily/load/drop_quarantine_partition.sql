-- Drops one month of quarantine whose rejects this run replaced and found none left.
ALTER TABLE quarantine DROP PARTITION ID {partition_id:String}
