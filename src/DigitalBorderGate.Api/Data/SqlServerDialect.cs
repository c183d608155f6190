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

    // Concurrent transactions take IDENTITY values before they commit, so ids are not commit order; a unit of work
    // is bounded by Database.UnitOfWorkTimeout, and this leaves margin.
    public override TimeSpan FeedVisibilityLag => TimeSpan.FromSeconds(30);
}
