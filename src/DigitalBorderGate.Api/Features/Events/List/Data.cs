using DigitalBorderGate.Api.Features.Shared;

namespace DigitalBorderGate.Api.Features.Events.List;

internal static class Data
{
    /// <summary>
    /// The audience's events after the cursor, in an order that never passes an event committed later (see the
    /// dialect). An event's unit is the unit whose queue held the declaration when it happened.
    /// </summary>
    public static async Task<IReadOnlyList<EventRow>> EventsAsync(Database database, Audience audience, PageRequest<SequenceCursor> paging, CancellationToken ct)
    {
        var where = new SqlConditions();
        where.Add(audience.SqlCondition(where.Parameters, "unit_code"));
        where.Parameters.Add("After", paging.After?.After ?? 0);
        where.Parameters.Add("Take", paging.Limit);
        return (await database.ReadAsync(c => c.QueryAsync<EventRow>(database.Dialect.ChangeFeed(where.ToString()), where.Parameters), ct)).ToList();
    }
}

internal sealed class EventRow
{
    public long Id { get; set; }
    public string Type { get; set; } = "";
    public DateTimeOffset OccurredAt { get; set; }
    public string Payload { get; set; } = "";
}
