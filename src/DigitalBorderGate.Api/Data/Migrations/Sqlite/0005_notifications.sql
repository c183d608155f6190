-- Events name whom they concern, so a change feed reads one index: the declarant's enterprise and the unit whose
-- queue holds the declaration when the event happened.
ALTER TABLE outbox_events ADD COLUMN declarant_tax_code TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox_events ADD COLUMN unit_code TEXT NOT NULL DEFAULT '';
CREATE INDEX ix_outbox_events_declarant ON outbox_events (declarant_tax_code, id);
CREATE INDEX ix_outbox_events_unit ON outbox_events (unit_code, id);

-- A subscription belongs to the API key that made it and sees what that key's change feed sees.
CREATE TABLE webhooks (
    id            TEXT NOT NULL PRIMARY KEY,
    owner_key_id  TEXT NOT NULL REFERENCES api_keys (id),
    url           TEXT NOT NULL,
    event_types   TEXT NOT NULL,
    secret        TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    deleted_at    TEXT NULL
);
CREATE INDEX ix_webhooks_owner ON webhooks (owner_key_id, created_at);

-- One row per event and subscription, written with the event. A dispatcher leases due rows (lease_owner,
-- lease_until) so that two instances never send the same delivery at the same time.
CREATE TABLE webhook_deliveries (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    webhook_id        TEXT NOT NULL REFERENCES webhooks (id),
    event_id          INTEGER NOT NULL REFERENCES outbox_events (id),
    declaration_id    TEXT NOT NULL,
    status            TEXT NOT NULL,
    attempts          INTEGER NOT NULL,
    created_at        TEXT NOT NULL,
    next_attempt_at   TEXT NOT NULL,
    lease_owner       TEXT NULL,
    lease_until       TEXT NULL,
    last_status_code  INTEGER NULL,
    last_error        TEXT NULL,
    delivered_at      TEXT NULL,
    UNIQUE (webhook_id, event_id)
);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
-- Order per declaration: a delivery waits while an earlier one for the same subscription and declaration is pending.
CREATE INDEX ix_webhook_deliveries_order ON webhook_deliveries (webhook_id, declaration_id, status, event_id);
CREATE INDEX ix_webhook_deliveries_webhook ON webhook_deliveries (webhook_id, id);
