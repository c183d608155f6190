-- The change feed reads events in rowversion order, below MIN_ACTIVE_ROWVERSION(): every row below it is committed,
-- every row still uncommitted (or not yet written) is at or above it, so an event becomes visible as soon as every
-- transaction that could hold an earlier one has ended, and a reader never passes one. Events are never updated, so
-- an event's rowversion stays the one it was written with. Rows already present get theirs in this one change, all
-- committed long before any reader sees them.
ALTER TABLE outbox_events ADD row_version rowversion NOT NULL;
GO

CREATE INDEX ix_outbox_events_row_version ON outbox_events (row_version);
CREATE INDEX ix_outbox_events_declarant_row_version ON outbox_events (declarant_tax_code, row_version);
CREATE INDEX ix_outbox_events_unit_row_version ON outbox_events (unit_code, row_version);
