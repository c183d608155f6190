-- Progress through the gate: the unit whose queue holds the declaration now (the routed unit, or the Control team
-- it was referred to while held), whether it is still open work, and what the clearance depends on.
ALTER TABLE declarations ADD COLUMN queue_unit_code TEXT NOT NULL DEFAULT '';
ALTER TABLE declarations ADD COLUMN is_open INTEGER NOT NULL DEFAULT 1;
ALTER TABLE declarations ADD COLUMN status_before_hold TEXT NULL;
ALTER TABLE declarations ADD COLUMN channel TEXT NULL;
ALTER TABLE declarations ADD COLUMN checks TEXT NOT NULL DEFAULT '{}';
ALTER TABLE declarations ADD COLUMN referred_to_unit_code TEXT NULL;

UPDATE declarations SET queue_unit_code = unit_code;
UPDATE declarations SET is_open = CASE WHEN status IN ('exited', 'rejected', 'cancelled', 'turnedBack') THEN 0 ELSE 1 END;

-- The clearance queue: a unit's open work by expected arrival (keyset: expected_arrival_at, id). Closed
-- declarations, the great majority as the table grows, sit in another part of the index and are never scanned.
CREATE INDEX ix_declarations_queue ON declarations (queue_unit_code, is_open, expected_arrival_at, id);
-- Officers of a Control team see what is referred to them: search by submission within that queue.
CREATE INDEX ix_declarations_queue_submitted ON declarations (queue_unit_code, submitted_at DESC, id DESC);
-- Dwell times per gate read the history of the gate's declarations.
CREATE INDEX ix_declarations_gate_submitted ON declarations (border_gate_code, submitted_at);
