-- One table's figures per partition (a month for the partitioned ones, 'all' for the others): rows and an
-- order-independent checksum, the sum (modulo 2^64) of each row's cityHash64 over every column.
SELECT _partition_id AS partition, count() AS rows, toString(sum(cityHash64(*))) AS checksum
FROM {database:Identifier}.{table:Identifier}
GROUP BY partition
ORDER BY partition
