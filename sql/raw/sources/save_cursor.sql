-- Saves a source's cursor inside the transaction of the batch it follows: both commit, or neither.
-- @source_key, @cursor: the source's key and where it continues next time.
INSERT INTO source_cursors (source_key, cursor) VALUES (@source_key, @cursor)
ON CONFLICT (source_key) DO UPDATE SET cursor = EXCLUDED.cursor, updated_at = now()
