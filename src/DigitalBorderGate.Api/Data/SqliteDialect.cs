using System.Data.Common;
using DbUp;
using Microsoft.Data.Sqlite;

namespace DigitalBorderGate.Api.Data;

public sealed class SqliteDialect : SqlDialect
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;

    public override string Name => "Sqlite";

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public override async Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // WAL lets readers go on while one writer commits; foreign keys are off by default in SQLite.
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override string NextDailySequenceSql => """
        INSERT INTO daily_sequences (name, day, last_value) VALUES (@Name, @Day, 1)
        ON CONFLICT (name, day) DO UPDATE SET last_value = last_value + 1
        RETURNING last_value;
        """;

    public override string InsertReturningId(string table, string columns, string values) =>
        $"INSERT INTO {table} ({columns}) VALUES ({values}) RETURNING id";

    public override string Limit(string orderedQuery, string limitParameter) => $"{orderedQuery} LIMIT {limitParameter}";

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint } sqlite
        && sqlite.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase);

    public override bool IsTransient(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    public override void ApplyMigrations(string connectionString)
    {
        var upgrade = DeployChanges.To
            .SqliteDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(SqliteDialect).Assembly, name => name.Contains(".Migrations.Sqlite.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!upgrade.Successful)
        {
            throw new InvalidOperationException($"Database migration failed at {upgrade.ErrorScript?.Name}.", upgrade.Error);
        }
    }
}
