-- Dashboard (R8.2): purchases by the customer's age band and gender: revenue and buying customers, of the filtered sales.
WITH
{{filtered_sales}}

SELECT
    age_band,
    gender,
    sum(revenue) AS revenue,
    uniqExact(customer_id) AS customers
FROM filtered_sales
GROUP BY age_band, gender
ORDER BY age_band, gender
