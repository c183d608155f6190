-- A gate's daily working hours in Vietnam's time (HH:mm); null where the sources do not say.
ALTER TABLE border_gates ADD COLUMN opens_at TEXT NULL;
ALTER TABLE border_gates ADD COLUMN closes_at TEXT NULL;

-- The non-blocking warnings of the latest submission or amendment, as a JSON array of { field, code, message, messageVi }.
ALTER TABLE declarations ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
