-- How many landed sales rows repeat a sale_id already landed: rows minus distinct keys, counted exactly
-- with a bitmap (compact for sequence-like ids, so memory stays small however many sales there are).
-- Keys below 1 break the contract and are quarantined whether repeated or not, so they are left out.
SELECT count() - groupBitmap(toUInt64(sale_id)) AS surplus_rows
FROM daily_landing_sales
WHERE sale_id >= 1
