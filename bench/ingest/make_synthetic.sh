#!/usr/bin/env bash
# Writes a valid Strata CSV set for measuring the ingest: 1000 customers, 1000 products and N sales
# (default 1,000,000) over two years, CRLF line ends as FORMAT.md prescribes. Deterministic; no defects.
#   bench/ingest/make_synthetic.sh OUT_DIR [SALES]
set -euo pipefail
out="${1:?usage: make_synthetic.sh OUT_DIR [SALES]}"
sales="${2:-1000000}"
mkdir -p "$out"
awk 'BEGIN {
  print "customer_id,age,gender,city,region,country,registration_date\r"
  for (i = 1; i <= 1000; i++)
    printf "%d,%d,%s,City %d,Region %d,Germany,2022-%02d-%02d\r\n", i, 18 + i % 60, (i % 2 ? "F" : "M"), i % 50, i % 8, 1 + i % 12, 1 + i % 28
}' > "$out/customer_data.csv"
awk 'BEGIN {
  print "product_id,name,category,supplier,price\r"
  for (i = 1; i <= 1000; i++)
    printf "P%05d,Product %d,Category %d,Supplier %d,%d.%02d\r\n", i, i, i % 12, i % 40, 1 + i % 300, i % 100
}' > "$out/product_data.csv"
awk -v n="$sales" 'BEGIN {
  print "sale_id,sale_date,product_id,customer_id,quantity,price\r"
  for (i = 1; i <= n; i++) {
    day = i % 730; month = int(day / 30.5); dom = 1 + int(day - month * 30.5)
    printf "%d,%d-%02d-%02d %02d:%02d:%02d,P%05d,%d,%d,%d.%02d\r\n", i, 2023 + int(month / 12), 1 + month % 12, (dom > 28 ? 28 : dom),
      i % 24, i % 60, (i * 7) % 60, 1 + (i * 7919) % 1000, 1 + (i * 104729) % 1000, 1 + i % 5, 1 + i % 300, i % 100
  }
}' > "$out/sales_data.csv"
