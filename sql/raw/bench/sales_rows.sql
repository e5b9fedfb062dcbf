-- How many sales the raw tier holds: a raw-limit pull of the whole table must bring exactly these, or the
-- measurement is void.
SELECT count(*) AS sales FROM sales_data
