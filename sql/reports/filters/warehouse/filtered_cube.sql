-- The ClickHouse reports' filter (ReportFilter) over sales_cube, written once and placed as a CTE of every report whose
-- figures the cube holds (the placeholder filtered_cube in double braces): revenue, units, orders and the customers
-- bitmap per UTC day x category x region, of the days, category and region asked for ('' = all). It gives what
-- filtered_sales.sql would after aggregating, reading days x categories x regions rows instead of every fact: sales of a
-- product no longer in dim_product (category 'unknown' in the cube) are left out as that join leaves them out, and a
-- customer without a region (or no longer in dim_customer) counts under 'unknown' as there. The values are bound query
-- parameters.
filtered_cube AS (
    SELECT sale_day, category, ifNull(region, 'unknown') AS region, revenue, units, orders, customers
    FROM sales_cube
    WHERE category != 'unknown'
      AND sale_day BETWEEN {from:Date32} AND {to:Date32}
      AND ({category:String} = '' OR category = {category:String})
      AND ({region:String} = '' OR ifNull(region, 'unknown') = {region:String})
)
