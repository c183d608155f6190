using System.Data.Common;
using System.Runtime.CompilerServices;
using DbUp;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DigitalBorderGate.Api.Data;

/// <summary>The embedded default: one SQLite file, one writer at a time, each commit flushed to disk.</summary>
internal sealed class SqliteEngine : DatabaseEngine
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;

    // The pool hands the same native connection out again and again; its settings stay with it.
    private static readonly ConditionalWeakTable<sqlite3, object> Prepared = new();

    public override SqlDialect Dialect { get; } = new SqliteDialect();

    public override bool GroupsCommits => true;

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    /// <summary>
    /// Once per native connection: FULL makes each commit reach the disk before it returns (in WAL mode NORMAL may
    /// lose the last commits to a power cut), foreign keys are off by default in SQLite, and a writer waits for
    /// another process's lock rather than fail at once. Temporary storage in memory keeps the savepoint journals of
    /// group commit (each unit's pages as they were, for rolling that unit back alone) out of temporary files: they
    /// serve only a rollback inside the transaction, never recovery, and on disk they were four writes in five.
    /// </summary>
    public override async Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var handle = ((SqliteConnection)connection).Handle!;
        if (Prepared.TryGetValue(handle, out _))
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA temp_store = MEMORY;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        Prepared.AddOrUpdate(handle, handle);
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint } sqlite
        && sqlite.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase);

    public override bool IsTransient(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    public override void ApplyMigrations(string connectionString)
    {
        UseWriteAheadLog(connectionString);
        Upgrade(DeployChanges.To.SqliteDatabase(connectionString), IsMigration);
    }

    public static bool IsMigration(string resourceName) => resourceName.Contains(".Migrations.Sqlite.", StringComparison.Ordinal);

    public override string? LocalFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? null
            : Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
    }

    /// <summary>WAL lets readers go on while one writer commits. The mode is kept in the database file, so it is set once.</summary>
    private static void UseWriteAheadLog(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }
}
