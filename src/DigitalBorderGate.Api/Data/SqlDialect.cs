namespace DigitalBorderGate.Api.Data;

/// <summary>
/// The SQL that differs between the database engines the API runs on. Everything else is plain SQL shared by all of
/// them; connections, errors and migrations belong to the <see cref="DatabaseEngine"/>.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>SQL that takes the next value of a named daily counter and returns it, as one atomic statement.</summary>
    public abstract string NextDailySequenceSql { get; }

    /// <summary>An INSERT of one row that returns the row's generated integer id.</summary>
    public abstract string InsertReturningId(string table, string columns, string values);

    /// <summary>Appends a row limit to a query that is already ordered.</summary>
    public abstract string Limit(string orderedQuery, string limitParameter);

    /// <summary>
    /// How old an event must be before the change feed shows it. Where writers commit one at a time (SQLite), ids
    /// are handed out in commit order and nothing needs to wait; elsewhere a lower id may still be uncommitted, so
    /// the feed waits out the longest a unit of work may run, and a reader never passes an event it has not seen.
    /// </summary>
    public virtual TimeSpan FeedVisibilityLag => TimeSpan.Zero;
}
