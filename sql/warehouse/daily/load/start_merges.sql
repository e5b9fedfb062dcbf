-- A staging table whose merges the run stopped (its parts were to be handed over, not merged) becomes the live
-- table when it is exchanged in whole: its merges start again, so the live table does not collect parts.
SYSTEM START MERGES {table:Identifier}
