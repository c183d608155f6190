-- How many open declarations each unit's queue holds per status, kept by a trigger in the transaction of every change
-- to a declaration, so a queue's counts are one short read instead of a scan of its open work.
CREATE TABLE queue_counts (
    queue_unit_code  nvarchar(32)  NOT NULL,
    status           nvarchar(32)  NOT NULL,
    open_count       int           NOT NULL,
    CONSTRAINT pk_queue_counts PRIMARY KEY (queue_unit_code, status)
);

INSERT INTO queue_counts (queue_unit_code, status, open_count)
SELECT queue_unit_code, status, COUNT(*) FROM declarations WHERE is_open = 1 GROUP BY queue_unit_code, status;

DROP INDEX ix_declarations_queue_counts ON declarations;
CREATE INDEX ix_declarations_queue_status ON declarations (queue_unit_code, is_open, status, expected_arrival_at, id);
GO

-- One statement per change, whatever the number of rows: the net change per (queue, status) is applied at once.
-- HOLDLOCK keeps two transactions from both inserting the same new (queue, status) row.
CREATE TRIGGER tr_declarations_queue_counts ON declarations AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    MERGE queue_counts WITH (HOLDLOCK) AS t
    USING (
        SELECT queue_unit_code, status, SUM(delta) AS delta
        FROM (
            SELECT queue_unit_code, status, 1 AS delta FROM inserted WHERE is_open = 1
            UNION ALL
            SELECT queue_unit_code, status, -1 AS delta FROM deleted WHERE is_open = 1
        ) AS changes
        GROUP BY queue_unit_code, status
        HAVING SUM(delta) <> 0
    ) AS s
    ON t.queue_unit_code = s.queue_unit_code AND t.status = s.status
    WHEN MATCHED THEN UPDATE SET open_count = t.open_count + s.delta
    WHEN NOT MATCHED THEN INSERT (queue_unit_code, status, open_count) VALUES (s.queue_unit_code, s.status, s.delta);
END;
