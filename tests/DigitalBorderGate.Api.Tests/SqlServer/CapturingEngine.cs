using System.Collections.Concurrent;
using System.Data.Common;
using DigitalBorderGate.Api.Data;
using Microsoft.Data.Sqlite;

namespace DigitalBorderGate.Api.Tests.SqlServer;

/// <summary>
/// The SQLite engine, unchanged, plus SQLite's profile hook on every connection the application opens: each
/// statement it runs is recorded as prepared (parameters as names, Dapper's lists already expanded).
/// </summary>
internal sealed class CapturingEngine(DatabaseEngine inner) : DatabaseEngine
{
    public ConcurrentQueue<string> Statements { get; } = new();

    public override SqlDialect Dialect => inner.Dialect;

    public override DbConnection CreateConnection(string connectionString) => inner.CreateConnection(connectionString);

    public override async Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await inner.PrepareConnectionAsync(connection, cancellationToken);
        SQLitePCL.raw.sqlite3_profile(((SqliteConnection)connection).Handle, (_, statement, _) => Statements.Enqueue(statement), null);
    }

    public override bool GroupsCommits => inner.GroupsCommits;

    public override bool IsUniqueViolation(DbException exception) => inner.IsUniqueViolation(exception);

    public override bool IsTransient(DbException exception) => inner.IsTransient(exception);

    public override void ApplyMigrations(string connectionString) => inner.ApplyMigrations(connectionString);

    public override string? LocalFolder(string connectionString) => inner.LocalFolder(connectionString);
}
