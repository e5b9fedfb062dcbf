-- Before a rebuilt table takes the live one's place: every node's replica of the staging table has fetched what the
-- run wrote on the node it talks to, so no node exchanges in a table still filling.
SYSTEM SYNC REPLICA ON CLUSTER {{cluster}} {staging:Identifier}
