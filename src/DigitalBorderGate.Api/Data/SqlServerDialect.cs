namespace DigitalBorderGate.Api.Data;

internal sealed class SqlServerDialect : SqlDialect
{
    // HOLDLOCK makes the MERGE take a key-range lock on the (name, day) it looks for, so two writers of the same new
    // day cannot both miss the row and insert; the second waits and then updates.
    public override string NextDailySequenceSql => """
        MERGE daily_sequences WITH (HOLDLOCK) AS t
        USING (SELECT @Name AS name, CAST(@Day AS date) AS day) AS s
        ON t.name = s.name AND t.day = s.day
        WHEN MATCHED THEN UPDATE SET last_value = t.last_value + 1
        WHEN NOT MATCHED THEN INSERT (name, day, last_value) VALUES (s.name, s.day, 1)
        OUTPUT inserted.last_value;
        """;

    public override string InsertReturningId(string table, string columns, string values) =>
        $"INSERT INTO {table} ({columns}) OUTPUT INSERTED.id VALUES ({values})";

    public override string Limit(string orderedQuery, string limitParameter) =>
        $"{orderedQuery} OFFSET 0 ROWS FETCH NEXT {limitParameter} ROWS ONLY";

    public override string DeleteSome(string table, string condition, string limitParameter) =>
        $"DELETE TOP ({limitParameter}) FROM {table} WHERE {condition}";

    // IDENTITY values and rowversions are both handed out before commit, so neither is commit order. Every row whose
    // rowversion is below MIN_ACTIVE_ROWVERSION() is committed, and every row not yet committed (or not yet written)
    // has a rowversion at or above it: read in rowversion order below that horizon, the feed never passes an event that
    // commits later. The horizon is taken in a statement of its own, before the SELECT's statement-level snapshot under
    // READ_COMMITTED_SNAPSHOT, so a row below it is committed before that snapshot. Clients keep event ids as cursors:
    // an id stands for its event's rowversion; a cursor whose event retention has purged falls back to the ids, being
    // far older than any unit of work.
    public override string ChangeFeed(string condition) => $"""
        DECLARE @Horizon binary(8) = MIN_ACTIVE_ROWVERSION();
        DECLARE @AfterVersion binary(8) = (SELECT row_version FROM outbox_events WHERE id = @After);
        SELECT {FeedColumns} FROM outbox_events
        WHERE {condition} AND row_version < @Horizon
          AND (row_version > @AfterVersion OR (@AfterVersion IS NULL AND id > @After))
        ORDER BY row_version OFFSET 0 ROWS FETCH NEXT @Take ROWS ONLY;
        """;

    public override bool FeedShowsEventsLate => true;
}
