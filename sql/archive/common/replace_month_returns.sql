-- Replaces one month of historical_returns with the month ClickHouse pushed into stage_returns, in one transaction
-- (the caller's), so readers see the old month or the new one, never neither. Run again, it replaces the month again.
DELETE FROM historical_returns
WHERE return_date >= {{month_start}} AND return_date < {{month_end}};

INSERT INTO historical_returns
SELECT * FROM stage_returns
WHERE return_date >= {{month_start}} AND return_date < {{month_end}};
