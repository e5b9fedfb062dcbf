-- daily_landing_sales is read once, in sort order, and recreated by the next run: merging its parts in the
-- background would only take CPU and memory from the run itself.
SYSTEM STOP MERGES daily_landing_sales
