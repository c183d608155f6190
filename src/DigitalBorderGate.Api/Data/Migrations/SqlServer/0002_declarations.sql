-- Declarations: the normalised content is kept whole as JSON; the columns beside it are what is searched,
-- filtered, ordered and authorised on.
CREATE TABLE declarations (
    id                   uniqueidentifier  NOT NULL CONSTRAINT pk_declarations PRIMARY KEY,
    reference_number     nvarchar(32)      NOT NULL CONSTRAINT uq_declarations_reference_number UNIQUE,
    declarant_tax_code   nvarchar(32)      NOT NULL,
    direction            nvarchar(32)      NOT NULL,
    border_gate_code     nvarchar(32)      NOT NULL,
    unit_code            nvarchar(32)      NOT NULL,
    plate_number         nvarchar(32)      NOT NULL,
    status               nvarchar(32)      NOT NULL,
    expected_arrival_at  datetimeoffset(7) NOT NULL,
    submitted_at         datetimeoffset(7) NOT NULL,
    updated_at           datetimeoffset(7) NOT NULL,
    version              int               NOT NULL,
    routing              nvarchar(max)     NOT NULL,
    content              nvarchar(max)     NOT NULL
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
    id               bigint IDENTITY (1, 1) NOT NULL CONSTRAINT pk_declaration_history PRIMARY KEY,
    declaration_id   uniqueidentifier  NOT NULL CONSTRAINT fk_declaration_history_declaration REFERENCES declarations (id),
    at               datetimeoffset(7) NOT NULL,
    action           nvarchar(32)      NOT NULL,
    from_status      nvarchar(32)      NULL,
    to_status        nvarchar(32)      NOT NULL,
    actor_role       nvarchar(32)      NOT NULL,
    actor_label      nvarchar(400)     NOT NULL,
    actor_unit_code  nvarchar(32)      NULL,
    note             nvarchar(max)     NULL
);
CREATE INDEX ix_declaration_history_declaration ON declaration_history (declaration_id, id);

-- Transactional outbox: an event is written in the same transaction as the change it describes.
CREATE TABLE outbox_events (
    id              bigint IDENTITY (1, 1) NOT NULL CONSTRAINT pk_outbox_events PRIMARY KEY,
    declaration_id  uniqueidentifier  NOT NULL CONSTRAINT fk_outbox_events_declaration REFERENCES declarations (id),
    type            nvarchar(64)      NOT NULL,
    occurred_at     datetimeoffset(7) NOT NULL,
    payload         nvarchar(max)     NOT NULL
);
CREATE INDEX ix_outbox_events_declaration ON outbox_events (declaration_id, id);

CREATE TABLE daily_sequences (
    name        nvarchar(64) NOT NULL,
    day         date         NOT NULL,
    last_value  int          NOT NULL,
    CONSTRAINT pk_daily_sequences PRIMARY KEY (name, day)
);

-- The first response to an Idempotency-Key, replayed to retries of the same request by the same principal.
CREATE TABLE idempotency_records (
    principal_id     uniqueidentifier  NOT NULL,
    -- Binary collation: keys are compared exactly, as clients send them (the default collation ignores case).
    idempotency_key  nvarchar(255)     COLLATE Latin1_General_100_BIN2 NOT NULL,
    request_hash     nvarchar(128)     NOT NULL,
    status_code      int               NOT NULL,
    location         nvarchar(400)     NULL,
    response_body    nvarchar(max)     NOT NULL,
    created_at       datetimeoffset(7) NOT NULL,
    CONSTRAINT pk_idempotency_records PRIMARY KEY (principal_id, idempotency_key)
);
