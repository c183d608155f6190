-- Readiness proves that the database can commit a write by updating this one row.
CREATE TABLE health_probe (
    id          int               NOT NULL CONSTRAINT pk_health_probe PRIMARY KEY,
    checked_at  datetimeoffset(7) NOT NULL
);
INSERT INTO health_probe (id, checked_at) VALUES (1, '1970-01-01T00:00:00+00:00');
