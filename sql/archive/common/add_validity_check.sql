-- The validity rule (validity_rule.sql) as a CHECK on {{history}}: created with the table, and added by prepare to
-- an archive made before the rule once validity_violations.sql finds no version there breaking it.
ALTER TABLE {{history}} ADD CONSTRAINT {{validity_check}} CHECK (
{{validity_rule}}
);
