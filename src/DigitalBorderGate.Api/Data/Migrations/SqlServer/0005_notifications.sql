-- Events name whom they concern, so a change feed reads one index: the declarant's enterprise and the unit whose
-- queue holds the declaration when the event happened.
-- The new columns are indexed in a batch of their own (GO): SQL Server compiles a batch before running any of it.
ALTER TABLE outbox_events ADD
    declarant_tax_code  nvarchar(32) NOT NULL CONSTRAINT df_outbox_events_declarant_tax_code DEFAULT N'',
    unit_code           nvarchar(32) NOT NULL CONSTRAINT df_outbox_events_unit_code DEFAULT N'';
GO

CREATE INDEX ix_outbox_events_declarant ON outbox_events (declarant_tax_code, id);
CREATE INDEX ix_outbox_events_unit ON outbox_events (unit_code, id);

-- A subscription belongs to the API key that made it and sees what that key's change feed sees.
CREATE TABLE webhooks (
    id            uniqueidentifier  NOT NULL CONSTRAINT pk_webhooks PRIMARY KEY,
    owner_key_id  uniqueidentifier  NOT NULL CONSTRAINT fk_webhooks_owner_key REFERENCES api_keys (id),
    url           nvarchar(2000)    NOT NULL,
    event_types   nvarchar(max)     NOT NULL,
    secret        nvarchar(200)     NOT NULL,
    created_at    datetimeoffset(7) NOT NULL,
    deleted_at    datetimeoffset(7) NULL
);
CREATE INDEX ix_webhooks_owner ON webhooks (owner_key_id, created_at);

-- One row per event and subscription, written with the event. A dispatcher leases due rows (lease_owner,
-- lease_until) so that two instances never send the same delivery at the same time.
CREATE TABLE webhook_deliveries (
    id                bigint IDENTITY (1, 1) NOT NULL CONSTRAINT pk_webhook_deliveries PRIMARY KEY,
    webhook_id        uniqueidentifier  NOT NULL CONSTRAINT fk_webhook_deliveries_webhook REFERENCES webhooks (id),
    event_id          bigint            NOT NULL CONSTRAINT fk_webhook_deliveries_event REFERENCES outbox_events (id),
    declaration_id    uniqueidentifier  NOT NULL,
    status            nvarchar(32)      NOT NULL,
    attempts          int               NOT NULL,
    created_at        datetimeoffset(7) NOT NULL,
    next_attempt_at   datetimeoffset(7) NOT NULL,
    lease_owner       nvarchar(100)     NULL,
    lease_until       datetimeoffset(7) NULL,
    last_status_code  int               NULL,
    last_error        nvarchar(max)     NULL,
    delivered_at      datetimeoffset(7) NULL,
    CONSTRAINT uq_webhook_deliveries_webhook_event UNIQUE (webhook_id, event_id)
);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
-- Order per declaration: a delivery waits while an earlier one for the same subscription and declaration is pending.
CREATE INDEX ix_webhook_deliveries_order ON webhook_deliveries (webhook_id, declaration_id, status, event_id);
CREATE INDEX ix_webhook_deliveries_webhook ON webhook_deliveries (webhook_id, id);
