#!/usr/bin/python3
"""The brief's own daily ETL, timed: the yardstick of issue 14's ">= 5x faster than the brief's approach".

The seed describes it as pandas read_sql -> drop_duplicates -> groupby -> clickhouse_driver
`client.execute('INSERT ... VALUES', data.values.tolist())`. This reads the three raw tables whole, keeps each key's
latest version, joins the facts to their category and region, computes the daily and the category x region summaries
and hands every row to the driver. Given a ClickHouse server's host as the second argument (clickhouse_driver speaks
its native protocol: Debian's clickhouse-server 18.16 and python3-clickhouse-driver will do), it inserts them into
fresh tables there; without one it stops before the insert, and its time is a lower bound of the approach's.
Needs Debian's python3-pandas and python3-psycopg2 (run it with /usr/bin/python3).
Usage: scripts/brief_pandas_baseline.py "host=127.0.0.1 user=strata password=strata dbname=strata" [CLICKHOUSE_HOST]
"""
import resource
import sys
import time
import warnings

import pandas as pd
import psycopg2

warnings.filterwarnings("ignore", message="pandas only supports SQLAlchemy")  # the seed's plain DB-API connection

started = time.monotonic()
connection = psycopg2.connect(sys.argv[1])
sales = pd.read_sql("SELECT sale_id, sale_date, product_id, customer_id, quantity, price, updated_at FROM sales_data", connection)
products = pd.read_sql("SELECT product_id, name, category, supplier, price, updated_at FROM product_data", connection)
customers = pd.read_sql(
    "SELECT customer_id, age, gender, city, region, country, registration_date, updated_at FROM customer_data", connection)
read = time.monotonic()

sales = sales.sort_values("updated_at").drop_duplicates("sale_id", keep="last")
products = products.sort_values("updated_at").drop_duplicates("product_id", keep="last")
customers = customers.sort_values("updated_at").drop_duplicates("customer_id", keep="last")
sales["price"] = sales["price"].astype(float)
sales["revenue"] = sales["quantity"] * sales["price"]
sales["day"] = pd.to_datetime(sales["sale_date"], utc=True).dt.date
facts = sales.merge(products[["product_id", "category"]], on="product_id").merge(
    customers[["customer_id", "region"]], on="customer_id")
daily = facts.groupby("day").agg(sales=("sale_id", "count"), units=("quantity", "sum"), revenue=("revenue", "sum")).reset_index()
by_category_region = facts.groupby(["category", "region"]).agg(units=("quantity", "sum"), revenue=("revenue", "sum")).reset_index()
tables = {
    "brief_fact_sales": (facts, "sale_id Int64, sale_date DateTime, product_id String, customer_id Int64, quantity Int64, "
                                "price Float64, updated_at Nullable(DateTime), revenue Float64, day Date, category String, "
                                "region Nullable(String)"),
    "brief_sales_daily": (daily, "day Date, sales Int64, units Int64, revenue Float64"),
    "brief_category_region": (by_category_region, "category String, region Nullable(String), units Int64, revenue Float64"),
}
inserted = 0
if len(sys.argv) > 2:
    from clickhouse_driver import Client

    client = Client(sys.argv[2])
    for table, (frame, columns) in tables.items():
        client.execute(f"DROP TABLE IF EXISTS {table}")
        client.execute(f"CREATE TABLE {table} ({columns}) ENGINE = MergeTree ORDER BY tuple()")
        client.execute(f"INSERT INTO {table} VALUES", frame.values.tolist())
        inserted += client.execute(f"SELECT count() FROM {table}")[0][0]
else:
    for frame, _ in tables.values():
        frame.values.tolist()  # what the driver would be handed
finished = time.monotonic()

peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{len(facts)} sales: read {read - started:.2f} s, transform and insert {finished - read:.2f} s, "
      f"total {finished - started:.2f} s ({f'{inserted} rows inserted' if inserted else 'without the insert'}), peak RSS {peak_mb:.0f} MB")
