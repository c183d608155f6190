-- Retention purges old rows in small batches; each batch reads one range of one of these indexes.
CREATE INDEX ix_idempotency_records_created ON idempotency_records (created_at);
CREATE INDEX ix_webhook_deliveries_finished ON webhook_deliveries (status, created_at);
CREATE INDEX ix_outbox_events_occurred ON outbox_events (occurred_at);
-- An event is purged only when no delivery refers to it; deleting it also checks the foreign key through this index.
CREATE INDEX ix_webhook_deliveries_event ON webhook_deliveries (event_id);
