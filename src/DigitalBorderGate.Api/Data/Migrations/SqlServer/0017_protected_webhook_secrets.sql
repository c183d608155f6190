-- Signing secrets are stored protected with the Data Protection key ring (a prefix and a base64url payload of some
-- 220 characters for a 70-character secret), longer than the plain secrets the column was sized for.
ALTER TABLE webhooks ALTER COLUMN secret nvarchar(1000) NOT NULL;
