-- Declarations: the normalised content is kept whole as JSON; the columns beside it are what is searched,
-- filtered, ordered and authorised on.
CREATE TABLE declarations (
    id                   TEXT NOT NULL PRIMARY KEY,
    reference_number     TEXT NOT NULL UNIQUE,
    declarant_tax_code   TEXT NOT NULL,
    direction            TEXT NOT NULL,
    border_gate_code     TEXT NOT NULL,
    unit_code            TEXT NOT NULL,
    plate_number         TEXT NOT NULL,
    status               TEXT NOT NULL,
    expected_arrival_at  TEXT NOT NULL,
    submitted_at         TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    version              INTEGER NOT NULL,
    routing              TEXT NOT NULL,
    content              TEXT NOT NULL
);

-- A declarant's own list, newest first (keyset: submitted_at, id).
CREATE INDEX ix_declarations_declarant ON declarations (declarant_tax_code, submitted_at DESC, id DESC);
-- An officer's unit, by arrival (the clearance queue) and by submission (search).
CREATE INDEX ix_declarations_unit_arrival ON declarations (unit_code, expected_arrival_at, id);
CREATE INDEX ix_declarations_unit_submitted ON declarations (unit_code, submitted_at DESC, id DESC);
CREATE INDEX ix_declarations_submitted ON declarations (submitted_at DESC, id DESC);
CREATE INDEX ix_declarations_plate ON declarations (plate_number);

-- Append-only: rows are inserted, never updated or deleted.
CREATE TABLE declaration_history (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    declaration_id   TEXT NOT NULL REFERENCES declarations (id),
    at               TEXT NOT NULL,
    action           TEXT NOT NULL,
    from_status      TEXT NULL,
    to_status        TEXT NOT NULL,
    actor_role       TEXT NOT NULL,
    actor_label      TEXT NOT NULL,
    actor_unit_code  TEXT NULL,
    note             TEXT NULL
);
CREATE INDEX ix_declaration_history_declaration ON declaration_history (declaration_id, id);

-- Transactional outbox: an event is written in the same transaction as the change it describes.
CREATE TABLE outbox_events (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    declaration_id  TEXT NOT NULL REFERENCES declarations (id),
    type            TEXT NOT NULL,
    occurred_at     TEXT NOT NULL,
    payload         TEXT NOT NULL
);
CREATE INDEX ix_outbox_events_declaration ON outbox_events (declaration_id, id);

CREATE TABLE daily_sequences (
    name        TEXT NOT NULL,
    day         TEXT NOT NULL,
    last_value  INTEGER NOT NULL,
    PRIMARY KEY (name, day)
);

-- The first response to an Idempotency-Key, replayed to retries of the same request by the same principal.
CREATE TABLE idempotency_records (
    principal_id     TEXT NOT NULL,
    idempotency_key  TEXT NOT NULL,
    request_hash     TEXT NOT NULL,
    status_code      INTEGER NOT NULL,
    location         TEXT NULL,
    response_body    TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    PRIMARY KEY (principal_id, idempotency_key)
);
