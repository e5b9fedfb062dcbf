-- The extract's hand-over to the run's later steps (see setup/tables/00_run_state.sql).
INSERT INTO daily_run_state (run_id, first_day, last_day, extract_started_at)
VALUES ({run_id:UUID}, {first_day:Date32}, {last_day:Date32}, {extract_started_at:DateTime64(6, 'UTC')})
