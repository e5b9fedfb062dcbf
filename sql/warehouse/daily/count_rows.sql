-- How many rows one of the daily run's tables holds (for the step summaries and the row accounts).
SELECT count() AS rows FROM {table:Identifier}
