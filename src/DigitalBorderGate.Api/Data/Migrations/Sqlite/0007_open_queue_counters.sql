-- How many open declarations each unit's queue holds per status, kept by triggers in the transaction of every change
-- to a declaration, so a queue's counts are one short read instead of a scan of its open work.
CREATE TABLE queue_counts (
    queue_unit_code  TEXT NOT NULL,
    status           TEXT NOT NULL,
    open_count       INTEGER NOT NULL,
    PRIMARY KEY (queue_unit_code, status)
);

INSERT INTO queue_counts (queue_unit_code, status, open_count)
SELECT queue_unit_code, status, COUNT(*) FROM declarations WHERE is_open = 1 GROUP BY queue_unit_code, status;

CREATE TRIGGER tr_declarations_queue_counts_insert AFTER INSERT ON declarations WHEN NEW.is_open = 1
BEGIN
    INSERT INTO queue_counts (queue_unit_code, status, open_count) VALUES (NEW.queue_unit_code, NEW.status, 1)
    ON CONFLICT (queue_unit_code, status) DO UPDATE SET open_count = open_count + 1;
END;

CREATE TRIGGER tr_declarations_queue_counts_update AFTER UPDATE OF queue_unit_code, status, is_open ON declarations
WHEN OLD.queue_unit_code IS NOT NEW.queue_unit_code OR OLD.status IS NOT NEW.status OR OLD.is_open IS NOT NEW.is_open
BEGIN
    UPDATE queue_counts SET open_count = open_count - 1
    WHERE OLD.is_open = 1 AND queue_unit_code = OLD.queue_unit_code AND status = OLD.status;
    INSERT INTO queue_counts (queue_unit_code, status, open_count) SELECT NEW.queue_unit_code, NEW.status, 1 WHERE NEW.is_open = 1
    ON CONFLICT (queue_unit_code, status) DO UPDATE SET open_count = open_count + 1;
END;

CREATE TRIGGER tr_declarations_queue_counts_delete AFTER DELETE ON declarations WHEN OLD.is_open = 1
BEGIN
    UPDATE queue_counts SET open_count = open_count - 1 WHERE queue_unit_code = OLD.queue_unit_code AND status = OLD.status;
END;

-- The counts no longer read declarations; a queue filtered by status reads this index in arrival order instead.
DROP INDEX ix_declarations_queue_counts;
CREATE INDEX ix_declarations_queue_status ON declarations (queue_unit_code, is_open, status, expected_arrival_at, id);
