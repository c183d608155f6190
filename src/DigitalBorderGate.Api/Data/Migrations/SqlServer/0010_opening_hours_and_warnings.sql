-- A gate's daily working hours in Vietnam's time (HH:mm); null where the sources do not say.
ALTER TABLE border_gates ADD opens_at nvarchar(5) NULL, closes_at nvarchar(5) NULL;

-- The non-blocking warnings of the latest submission or amendment, as a JSON array of { field, code, message, messageVi }.
ALTER TABLE declarations ADD warnings nvarchar(max) NOT NULL CONSTRAINT df_declarations_warnings DEFAULT N'[]';
