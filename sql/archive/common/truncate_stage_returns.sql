-- Empties stage_returns before ClickHouse pushes one month of returns into it.
TRUNCATE stage_returns;
