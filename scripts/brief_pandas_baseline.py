#!/usr/bin/python3
"""The brief's own daily ETL, timed: the yardstick of issue 14's ">= 5x faster than the brief's approach".

The seed describes it as pandas read_sql -> drop_duplicates -> groupby -> clickhouse_driver
`client.execute('INSERT ... VALUES', data.values.tolist())`. This runs every part of that up to the insert: it reads
the three raw tables whole, keeps each key's latest version, joins the facts to their category and region, computes
the daily and the category x region summaries, and builds the Python rows the driver would be handed. No ClickHouse
server it could send them to runs here, so the insert is left out and the figure is a lower bound of the approach's
time. Needs Debian's python3-pandas and python3-psycopg2 (run it with /usr/bin/python3).
Usage: scripts/brief_pandas_baseline.py "host=127.0.0.1 user=strata password=strata dbname=strata"
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
sales["revenue"] = sales["quantity"] * sales["price"].astype(float)
sales["day"] = pd.to_datetime(sales["sale_date"], utc=True).dt.date
facts = sales.merge(products[["product_id", "category"]], on="product_id").merge(
    customers[["customer_id", "region"]], on="customer_id")
daily = facts.groupby("day").agg(sales=("sale_id", "count"), units=("quantity", "sum"), revenue=("revenue", "sum"))
by_category_region = facts.groupby(["category", "region"]).agg(units=("quantity", "sum"), revenue=("revenue", "sum"))
rows = facts.values.tolist() + daily.reset_index().values.tolist() + by_category_region.reset_index().values.tolist()
finished = time.monotonic()

peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{len(facts)} sales: read {read - started:.2f} s, transform {finished - read:.2f} s, "
      f"total {finished - started:.2f} s (without the insert), peak RSS {peak_mb:.0f} MB, {len(rows)} rows for the driver")
