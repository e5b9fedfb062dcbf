-- aggregates_dimensions: the dimension attributes sales_cube groups by (each product's category, each customer's
-- region), as one fingerprint, recorded by each run that recomputed every day of every aggregate. A run whose
-- dimensions give another fingerprint (a category or region changed, a product or customer came or went) or that
-- finds none (a new warehouse) recomputes every day of every aggregate; otherwise only its own and pending days.
CREATE TABLE IF NOT EXISTS aggregates_dimensions
(
    fingerprint Int64,
    recorded_at DateTime64(6, 'UTC')
)
ENGINE = MergeTree
ORDER BY recorded_at
