-- Signing secrets are stored protected with the Data Protection key ring, longer than the plain secrets before.
-- SQLite's TEXT has no length, so only SQL Server's column is widened; the secrets themselves are protected by the
-- start-up pass, which needs the key ring and so cannot run as SQL.
SELECT 1;
