-- How many rows of one month of fact_sales repeat a sale_id: rows minus distinct sale_ids, counted exactly with a
-- bitmap (compact for sequence-like ids: a 640k-sale month takes a few MB where grouping by sale_id took ~85 MB).
-- Only a month with surplus rows pays for month_duplicates.sql, which names the first few repeated ids.
SELECT toInt64(count() - groupBitmap(toUInt64(sale_id))) AS surplus_rows
FROM fact_sales
WHERE sale_date >= {month_start:DateTime64(6, 'UTC')} AND sale_date < {month_end:DateTime64(6, 'UTC')}
