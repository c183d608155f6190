using DigitalBorderGate.Api.Features.Shared;

namespace DigitalBorderGate.Api.Features.Events.List;

internal static class Data
{
    /// <summary>
    /// The audience's events after the cursor, in commit order. An event's unit is the unit whose queue held the
    /// declaration when it happened. Where the engine may commit ids out of order, events younger than its lag wait.
    /// </summary>
    public static async Task<IReadOnlyList<EventRow>> EventsAsync(Database database, Audience audience, PageRequest<SequenceCursor> paging,
        DateTimeOffset now, CancellationToken ct)
    {
        var where = new SqlConditions();
        where.Add(audience.SqlCondition(where.Parameters, "unit_code")).Add("id > @After", "After", paging.After?.After ?? 0);
        if (database.Dialect.FeedVisibilityLag > TimeSpan.Zero)
        {
            where.Add("occurred_at <= @Horizon", "Horizon", now - database.Dialect.FeedVisibilityLag);
        }
        where.Parameters.Add("Take", paging.Limit);
        return (await database.ReadAsync(c => c.QueryAsync<EventRow>(database.Dialect.Limit(
            $"SELECT id AS Id, type AS Type, occurred_at AS OccurredAt, payload AS Payload FROM outbox_events WHERE {where} ORDER BY id", "@Take"),
            where.Parameters), ct)).ToList();
    }
}

internal sealed class EventRow
{
    public long Id { get; set; }
    public string Type { get; set; } = "";
    public DateTimeOffset OccurredAt { get; set; }
    public string Payload { get; set; } = "";
}
