-- The queue's counts per status read this index alone; without it each count fetched every open row of the unit.
CREATE INDEX ix_declarations_queue_counts ON declarations (queue_unit_code, is_open, status);
