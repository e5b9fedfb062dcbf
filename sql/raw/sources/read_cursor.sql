-- The cursor a source saved for this key with its last loaded batch; no row when it has never loaded one.
-- @source_key: the source's key (for the HTTP API: its address and the table).
SELECT cursor FROM source_cursors WHERE source_key = @source_key
