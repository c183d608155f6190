-- The enterprise a declarant tax code belongs to: the 10-digit head of a branch code (NNNNNNNNNN-NNN, or the 13
-- digits VNACCS prints), else the code itself. A key's scope code covers a row when it equals the tax code or this
-- (TaxCodeOwnership); computed by the database so that no writer can forget it.
ALTER TABLE declarations ADD COLUMN declarant_enterprise_code TEXT GENERATED ALWAYS AS (
    CASE WHEN length(declarant_tax_code) = 14 AND substr(declarant_tax_code, 11, 1) = '-' THEN substr(declarant_tax_code, 1, 10)
         WHEN length(declarant_tax_code) = 13 THEN substr(declarant_tax_code, 1, 10)
         ELSE declarant_tax_code END) VIRTUAL;
ALTER TABLE outbox_events ADD COLUMN declarant_enterprise_code TEXT GENERATED ALWAYS AS (
    CASE WHEN length(declarant_tax_code) = 14 AND substr(declarant_tax_code, 11, 1) = '-' THEN substr(declarant_tax_code, 1, 10)
         WHEN length(declarant_tax_code) = 13 THEN substr(declarant_tax_code, 1, 10)
         ELSE declarant_tax_code END) VIRTUAL;

CREATE INDEX ix_declarations_enterprise ON declarations (declarant_enterprise_code, submitted_at DESC, id DESC);
CREATE INDEX ix_outbox_events_enterprise ON outbox_events (declarant_enterprise_code, id);
