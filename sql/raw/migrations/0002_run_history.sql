-- The run history of every pipeline (R5.3, R7.1), in the raw tier's database under its own schema: one row per
-- run, one per attempt of each step, one per data-quality check result. The scheduler reads it to know which
-- intervals ran; `strata runs` and the dashboard show it. Lineage stays with the data it describes (the
-- warehouse's etl_runs watermark, the archive's archive_months).
CREATE SCHEMA IF NOT EXISTS strata_meta;

CREATE TABLE strata_meta.runs (
    run_id          uuid        PRIMARY KEY,
    pipeline        text        NOT NULL,
    partition_key   text        NOT NULL,
    first_day       date,
    last_day        date,
    trigger         text        NOT NULL CHECK (trigger IN ('manual', 'schedule', 'backfill', 'orchestrator')),
    scheduled_for   timestamptz,
    status          text        NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'abandoned')),
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    error           text,
    host            text        NOT NULL,
    process_id      integer     NOT NULL,
    CHECK (first_day <= last_day)
);

CREATE INDEX runs_pipeline_started_idx ON strata_meta.runs (pipeline, started_at DESC);
CREATE INDEX runs_pipeline_scheduled_idx ON strata_meta.runs (pipeline, scheduled_for) WHERE scheduled_for IS NOT NULL;

CREATE TABLE strata_meta.step_runs (
    run_id          uuid             NOT NULL REFERENCES strata_meta.runs ON DELETE CASCADE,
    recorded        bigint           GENERATED ALWAYS AS IDENTITY,
    step            text             NOT NULL,
    attempt         integer          NOT NULL CHECK (attempt >= 1),
    status          text             NOT NULL CHECK (status IN ('succeeded', 'failed', 'skipped')),
    started_at      timestamptz,
    finished_at     timestamptz,
    duration_ms     bigint           NOT NULL,
    rows_in         bigint           NOT NULL,
    rows_out        bigint           NOT NULL,
    peak_memory_mb  double precision NOT NULL,
    error           text,
    PRIMARY KEY (run_id, step, attempt)
);

CREATE TABLE strata_meta.check_results (
    run_id          uuid        NOT NULL REFERENCES strata_meta.runs ON DELETE CASCADE,
    step            text        NOT NULL,
    attempt         integer     NOT NULL,
    check_name      text        NOT NULL,
    dataset         text        NOT NULL,
    severity        text        NOT NULL CHECK (severity IN ('error', 'warn')),
    passed          boolean     NOT NULL,
    observed        text        NOT NULL,
    expected        text        NOT NULL,
    failing_rows    bigint      NOT NULL,
    checked_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, step, attempt, check_name)
);
