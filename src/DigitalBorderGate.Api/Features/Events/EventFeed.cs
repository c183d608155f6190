using System.Text.Json;
using DigitalBorderGate.Api.Features.Shared;

namespace DigitalBorderGate.Api.Features.Events;

/// <summary>An audience's events after a position, in commit order: the feed and the stream read the same rows.</summary>
internal sealed class EventFeed(Database database)
{
    public async Task<IReadOnlyList<DeclarationEvent>> ReadAsync(Audience audience, long after, int limit, CancellationToken ct)
    {
        var rows = await List.Data.EventsAsync(database, audience, new PageRequest<SequenceCursor>(limit, new SequenceCursor(after)), ct);
        return [.. rows.Select(row => new DeclarationEvent(row.Id, row.Type, VietnamTime.ToVietnam(row.OccurredAt),
            JsonSerializer.Deserialize<DeclarationEventData>(row.Payload, ApiJson.Options)!))];
    }

    /// <summary>The newest event's id of every audience (0 before any event): a change here means something new to read.</summary>
    public Task<long> LatestIdAsync(CancellationToken ct) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(id), 0) FROM outbox_events"), ct);

    /// <summary>Whether a new event may stay invisible until earlier transactions commit (see the dialect); streams then look again soon.</summary>
    public bool ShowsEventsLate => database.Dialect.FeedShowsEventsLate;
}
