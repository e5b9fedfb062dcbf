-- The ClickHouse reports' filter (ReportFilter), written once and placed as a CTE of every report that reads the facts
-- (the placeholder filtered_sales in double braces): the sale lines of fact_sales between two UTC days, of one category
-- and one region ('' = all), with the product's category and the customer's current region and demographics. The values
-- are bound query parameters; `strata report` binds every day, '' and ''.
filtered_sales AS (
    SELECT
        sales.sale_date AS sale_date,
        sales.customer_id AS customer_id,
        sales.product_id AS product_id,
        sales.quantity AS quantity,
        sales.revenue AS revenue,
        products.name AS product_name,
        products.category AS category,
        ifNull(customers.region, 'unknown') AS region,
        if(customers.age_band = '', 'unknown', customers.age_band) AS age_band,
        ifNull(customers.gender, 'unknown') AS gender
    FROM fact_sales AS sales
    INNER JOIN dim_product AS products ON products.product_id = sales.product_id
    LEFT JOIN dim_customer AS customers ON customers.customer_id = sales.customer_id
    WHERE toDate(sales.sale_date) BETWEEN {from:Date32} AND {to:Date32}
        AND ({category:String} = '' OR products.category = {category:String})
        AND ({region:String} = '' OR ifNull(customers.region, 'unknown') = {region:String})
)
