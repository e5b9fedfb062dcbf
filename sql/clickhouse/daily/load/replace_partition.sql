-- Swaps one partition of {target} for the same partition of {staging}, atomically: readers see either the
-- old partition or the new one, never a mix. Running it again with the same staging gives the same result.
ALTER TABLE {target:Identifier} REPLACE PARTITION ID {partition_id:String} FROM {staging:Identifier}
