-- Every sales aggregate is up to date with this run's dimensions: their fingerprint is recorded (see
-- dimensions_fingerprint.sql), stamped with the run's PostgreSQL clock reading.
INSERT INTO aggregates_dimensions (fingerprint, recorded_at)
VALUES ({fingerprint:Int64}, {recorded_at:DateTime64(6, 'UTC')})
