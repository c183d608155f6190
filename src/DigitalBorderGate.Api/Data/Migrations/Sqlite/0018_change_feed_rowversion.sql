-- Nothing to change on SQLite: one writer commits at a time, so event ids are handed out in commit order and the
-- change feed reads by id. (SQL Server adds a rowversion column to outbox_events here; see its script.)
SELECT 1;
