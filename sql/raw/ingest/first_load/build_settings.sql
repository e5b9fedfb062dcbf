-- Before the first load rebuilds the table's indexes and keys, for the rest of the file's transaction: each index is
-- built by sorting every row once, and at the 64MB default a 10-million-row sort spills to disk in many runs (the
-- customer_id and product_id indexes took 25 s each at 10M sales); 512MB sorts a key column of 10M rows in memory.
-- One index is built at a time, so this is the most the builds hold at once.
SET LOCAL maintenance_work_mem = '512MB'
