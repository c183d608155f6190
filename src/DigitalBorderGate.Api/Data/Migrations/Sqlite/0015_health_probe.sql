-- Readiness proves that the database can commit a write by updating this one row.
CREATE TABLE health_probe (
    id          INTEGER NOT NULL PRIMARY KEY,
    checked_at  TEXT    NOT NULL
);
INSERT INTO health_probe (id, checked_at) VALUES (1, '1970-01-01T00:00:00.0000000+00:00');
