using System.Text.Json;
using Dapper;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Domain.Declarations;

namespace DigitalBorderGate.Api.Features.Events;

/// <summary>Reads an audience's events after a position, in commit order: the feed and the stream read the same rows.</summary>
public sealed class EventFeed(Database database, TimeProvider clock)
{
    public async Task<IReadOnlyList<DeclarationEvent>> ReadAsync(EventAudience audience, long after, int limit, CancellationToken ct)
    {
        var where = new SqlConditions();
        where.Add(audience.SqlCondition(where.Parameters)).Add("id > @After", "After", after);
        if (database.Dialect.FeedVisibilityLag > TimeSpan.Zero)
        {
            where.Add("occurred_at <= @Horizon", "Horizon", clock.GetUtcNow() - database.Dialect.FeedVisibilityLag);
        }
        where.Parameters.Add("Take", limit);
        var rows = await database.ReadAsync(c => c.QueryAsync<EventRow>(database.Dialect.Limit(
            $"SELECT id AS Id, type AS Type, occurred_at AS OccurredAt, payload AS Payload FROM outbox_events WHERE {where} ORDER BY id", "@Take"),
            where.Parameters), ct);
        return [.. rows.Select(row => new DeclarationEvent(row.Id, row.Type, VietnamTime.ToVietnam(row.OccurredAt),
            JsonSerializer.Deserialize<DeclarationEventData>(row.Payload, ApiJson.Options)!))];
    }

    /// <summary>The newest event's id of every audience (0 before any event): a change here means something new to read.</summary>
    public Task<long> LatestIdAsync(CancellationToken ct) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(id), 0) FROM outbox_events"), ct);

    /// <summary>How long a committed event may stay invisible to readers (see the dialect); streams look again this often.</summary>
    public TimeSpan VisibilityLag => database.Dialect.FeedVisibilityLag;

    private sealed class EventRow
    {
        public long Id { get; set; }
        public string Type { get; set; } = "";
        public DateTimeOffset OccurredAt { get; set; }
        public string Payload { get; set; } = "";
    }
}
