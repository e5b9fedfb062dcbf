-- Puts a table rebuilt in full (a dimension or a summary) in place of the live one in one atomic rename:
-- {target} takes the new content, {staging} keeps the previous one until the next run recreates it empty.
EXCHANGE TABLES {target:Identifier} AND {staging:Identifier}
