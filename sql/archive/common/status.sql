-- The archive's freshness: its newest sale, and the newest month archived whole (verified and recorded).
SELECT
    (SELECT max(sale_date) FROM historical_sales) AS newest_sale,
    (SELECT max(month) FROM archive_months WHERE archived_at IS NOT NULL) AS newest_month
