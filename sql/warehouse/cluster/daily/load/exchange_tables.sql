-- Puts a rebuilt dimension or summary in place of the live one on every node of the cluster: a rename is each node's
-- own metadata, so it runs ON CLUSTER; each node's exchange is atomic.
EXCHANGE TABLES {target:Identifier} AND {staging:Identifier} ON CLUSTER {{cluster}}
