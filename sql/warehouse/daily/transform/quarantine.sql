-- daily_quarantine: every extracted row that breaks a contract rule, from the three checked views, with
-- all its reasons ("; "-separated) and the whole row as JSON, so a person can see what to fix at the source.
INSERT INTO daily_quarantine (source_table, business_key, sale_day, reason, raw_record)
WITH
customers AS (
    SELECT 'customer_data' AS source_table, toString(customer_id) AS business_key, CAST(NULL, 'Nullable(Date32)') AS sale_day,
           arrayStringConcat(reasons, '; ') AS reason,
           toJSONString(map('customer_id', toString(customer_id), 'age', toString(age), 'gender', gender, 'city', city, 'region', region,
                            'country', country, 'registration_date', toString(registration_date), 'updated_at', toString(updated_at))) AS raw_record
    FROM daily_checked_customers
    WHERE broken_rules != 0
),

products AS (
    SELECT 'product_data', product_id, CAST(NULL, 'Nullable(Date32)'),
           arrayStringConcat(reasons, '; '),
           toJSONString(map('product_id', product_id, 'name', name, 'category', category, 'supplier', supplier,
                            'price', toString(price), 'updated_at', toString(updated_at)))
    FROM daily_checked_products
    WHERE broken_rules != 0
),

sales AS (
    SELECT 'sales_data', toString(sale_id), toDate32(sale_date, 'UTC'),
           arrayStringConcat(reasons, '; '),
           toJSONString(map('sale_id', toString(sale_id), 'sale_date', toString(sale_date), 'product_id', product_id,
                            'customer_id', toString(customer_id), 'quantity', toString(quantity), 'price', toString(price),
                            'updated_at', toString(updated_at)))
    FROM daily_checked_sales
    WHERE broken_rules != 0
)

SELECT * FROM customers
UNION ALL SELECT * FROM products
UNION ALL SELECT * FROM sales
