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

    /// <summary>A DELETE of at most <paramref name="limitParameter"/> rows of a table that match a condition, in no particular order.</summary>
    public abstract string DeleteSome(string table, string condition, string limitParameter);

    /// <summary>
    /// The change feed: at most <c>@Take</c> events matching <paramref name="condition"/> after the event <c>@After</c>
    /// (0 before the first), in an order in which a reader never passes an event that becomes visible later. Where
    /// writers commit one at a time (SQLite), ids are handed out in commit order, so the order is the ids'.
    /// </summary>
    public virtual string ChangeFeed(string condition) =>
        Limit($"SELECT {FeedColumns} FROM outbox_events WHERE {condition} AND id > @After ORDER BY id", "@Take");

    /// <summary>Whether an event can become visible after a later-numbered one was read: a stream then looks again soon.</summary>
    public virtual bool FeedShowsEventsLate => false;

    protected const string FeedColumns = "id AS Id, type AS Type, occurred_at AS OccurredAt, payload AS Payload";
}
