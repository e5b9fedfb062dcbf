-- Records a successful daily run's watermark: PostgreSQL's clock taken before its extract began.
INSERT INTO daily_watermark (run_id, watermark, from_date, to_date)
VALUES ({run_id:UUID}, {watermark:DateTime64(6, 'UTC')}, {from:Date32}, {to:Date32})
