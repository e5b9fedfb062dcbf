-- Whether the version table @history carries the validity rule's CHECK @check (add_validity_check.sql), validated.
SELECT EXISTS (
    SELECT 1
    FROM pg_constraint
    WHERE conrelid = @history::regclass AND conname = @check AND contype = 'c' AND convalidated
);
