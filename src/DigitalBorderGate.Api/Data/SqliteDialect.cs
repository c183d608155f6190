namespace DigitalBorderGate.Api.Data;

internal sealed class SqliteDialect : SqlDialect
{
    public override string NextDailySequenceSql => """
        INSERT INTO daily_sequences (name, day, last_value) VALUES (@Name, @Day, 1)
        ON CONFLICT (name, day) DO UPDATE SET last_value = last_value + 1
        RETURNING last_value;
        """;

    public override string InsertReturningId(string table, string columns, string values) =>
        $"INSERT INTO {table} ({columns}) VALUES ({values}) RETURNING id";

    public override string Limit(string orderedQuery, string limitParameter) => $"{orderedQuery} LIMIT {limitParameter}";
}
