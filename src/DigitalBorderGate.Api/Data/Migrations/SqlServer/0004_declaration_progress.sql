-- Progress through the gate: the unit whose queue holds the declaration now (the routed unit, or the Control team
-- it was referred to while held), whether it is still open work, and what the clearance depends on.
-- The new columns are used in a batch of their own (GO): SQL Server compiles a batch before running any of it.
ALTER TABLE declarations ADD
    queue_unit_code        nvarchar(32)  NOT NULL CONSTRAINT df_declarations_queue_unit_code DEFAULT N'',
    is_open                bit           NOT NULL CONSTRAINT df_declarations_is_open DEFAULT 1,
    status_before_hold     nvarchar(32)  NULL,
    channel                nvarchar(32)  NULL,
    checks                 nvarchar(max) NOT NULL CONSTRAINT df_declarations_checks DEFAULT N'{}',
    referred_to_unit_code  nvarchar(32)  NULL;
GO

UPDATE declarations SET queue_unit_code = unit_code;
UPDATE declarations SET is_open = CASE WHEN status IN (N'exited', N'rejected', N'cancelled', N'turnedBack') THEN 0 ELSE 1 END;

-- The clearance queue: a unit's open work by expected arrival (keyset: expected_arrival_at, id). Closed
-- declarations, the great majority as the table grows, sit in another part of the index and are never scanned.
CREATE INDEX ix_declarations_queue ON declarations (queue_unit_code, is_open, expected_arrival_at, id);
-- Officers of a Control team see what is referred to them: search by submission within that queue.
CREATE INDEX ix_declarations_queue_submitted ON declarations (queue_unit_code, submitted_at DESC, id DESC);
-- Dwell times per gate read the history of the gate's declarations.
CREATE INDEX ix_declarations_gate_submitted ON declarations (border_gate_code, submitted_at);
