-- The reports' raw limit on the archive: one read of every archived sale (rows and revenue), the least a report
-- over the whole history can cost when it reads the facts.
SELECT count(*) AS facts, sum(revenue) AS revenue FROM historical_sales
