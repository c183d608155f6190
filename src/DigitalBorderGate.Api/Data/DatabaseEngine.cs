using System.Data.Common;
using DbUp.Builder;

namespace DigitalBorderGate.Api.Data;

/// <summary>
/// How the API reaches one database engine: its connections, how its errors read, its migrations and files. The SQL
/// that differs between engines is the engine's <see cref="SqlDialect"/>; everything else is plain SQL shared by all.
/// </summary>
internal abstract class DatabaseEngine
{
    public abstract SqlDialect Dialect { get; }

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Runs once on each new connection (pragmas and the like).</summary>
    public virtual Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Whether concurrent units of work share one transaction (each in its own savepoint) and one commit. Pays where
    /// the engine lets one writer commit at a time, each commit a flush to disk; a server engine groups commits itself.
    /// </summary>
    public virtual bool GroupsCommits => false;

    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Errors after which the whole unit of work may succeed if run again.</summary>
    public abstract bool IsTransient(DbException exception);

    public abstract void ApplyMigrations(string connectionString);

    /// <summary>Runs the engine's numbered scripts not yet applied, each in its own transaction.</summary>
    protected static void Upgrade(UpgradeEngineBuilder target, Func<string, bool> isMigration)
    {
        var upgrade = target
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseEngine).Assembly, isMigration)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!upgrade.Successful)
        {
            throw new InvalidOperationException($"Database migration failed at {upgrade.ErrorScript?.Name}.", upgrade.Error);
        }
    }

    /// <summary>The folder of this machine that holds the database's files, where the engine is embedded; null for a server.</summary>
    public virtual string? LocalFolder(string connectionString) => null;
}
