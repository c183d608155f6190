using System.Data.Common;

namespace DigitalBorderGate.Api.Data;

/// <summary>
/// What differs between the database engines the API runs on. Everything else is plain SQL shared by all of them.
/// </summary>
public abstract class SqlDialect
{
    public abstract string Name { get; }

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Runs once on each new connection (pragmas and the like).</summary>
    public virtual Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Whether concurrent units of work share one transaction (each in its own savepoint) and one commit. Pays where
    /// the engine lets one writer commit at a time, each commit a flush to disk; a server engine groups commits itself.
    /// </summary>
    public virtual bool GroupsCommits => false;

    /// <summary>SQL that takes the next value of a named daily counter and returns it, as one atomic statement.</summary>
    public abstract string NextDailySequenceSql { get; }

    /// <summary>An INSERT of one row that returns the row's generated integer id.</summary>
    public abstract string InsertReturningId(string table, string columns, string values);

    /// <summary>Appends a row limit to a query that is already ordered.</summary>
    public abstract string Limit(string orderedQuery, string limitParameter);

    /// <summary>A DELETE of at most <paramref name="limitParameter"/> rows of a table that match a condition, in no particular order.</summary>
    public abstract string DeleteSome(string table, string condition, string limitParameter);

    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Errors after which the whole unit of work may succeed if run again.</summary>
    public abstract bool IsTransient(DbException exception);

    public abstract void ApplyMigrations(string connectionString);

    /// <summary>The folder of this machine that holds the database's files, where the engine is embedded; null for a server.</summary>
    public virtual string? LocalFolder(string connectionString) => null;

    /// <summary>
    /// How old an event must be before the change feed shows it. Where writers commit one at a time (SQLite), ids
    /// are handed out in commit order and nothing needs to wait; elsewhere a lower id may still be uncommitted, so
    /// the feed waits out the longest a unit of work may run, and a reader never passes an event it has not seen.
    /// </summary>
    public virtual TimeSpan FeedVisibilityLag => TimeSpan.Zero;
}
