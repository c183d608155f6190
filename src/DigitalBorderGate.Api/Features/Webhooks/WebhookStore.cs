using System.Text.Json;
using Dapper;
using DigitalBorderGate.Api.Data;

namespace DigitalBorderGate.Api.Features.Webhooks;

public sealed class WebhookRecord
{
    public Guid Id { get; set; }
    public Guid OwnerKeyId { get; set; }
    public string Url { get; set; } = "";
    public string EventTypes { get; set; } = "[]";
    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<string> Events => JsonSerializer.Deserialize<string[]>(EventTypes) ?? [];
}

public sealed class DeliveryRecord
{
    public long Id { get; set; }
    public long EventId { get; set; }
    public string EventType { get; set; } = "";
    public Guid DeclarationId { get; set; }
    public string Status { get; set; } = "";
    public int Attempts { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}

/// <summary>Subscriptions and their deliveries, always read through the key that owns them.</summary>
public sealed class WebhookStore(Database database, TimeProvider clock)
{
    private const string Columns = "id AS Id, owner_key_id AS OwnerKeyId, url AS Url, event_types AS EventTypes, created_at AS CreatedAt";

    public Task<int> CountAsync(Guid ownerKeyId, CancellationToken ct) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM webhooks WHERE owner_key_id = @Owner AND deleted_at IS NULL", new { Owner = ownerKeyId }), ct);

    public async Task<WebhookRecord> CreateAsync(Guid ownerKeyId, string url, IReadOnlyList<string> events, string secret, CancellationToken ct)
    {
        var record = new WebhookRecord { Id = Guid.CreateVersion7(clock.GetUtcNow()), OwnerKeyId = ownerKeyId, Url = url, EventTypes = JsonSerializer.Serialize(events), CreatedAt = clock.GetUtcNow() };
        await database.WriteAsync(unit => unit.Connection.ExecuteAsync(
            "INSERT INTO webhooks (id, owner_key_id, url, event_types, secret, created_at) VALUES (@Id, @OwnerKeyId, @Url, @EventTypes, @Secret, @CreatedAt)",
            new { record.Id, record.OwnerKeyId, record.Url, record.EventTypes, Secret = secret, record.CreatedAt }, unit.Transaction), ct);
        return record;
    }

    public Task<WebhookRecord?> FindAsync(Guid ownerKeyId, Guid id, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleOrDefaultAsync<WebhookRecord>(
            $"SELECT {Columns} FROM webhooks WHERE id = @Id AND owner_key_id = @Owner AND deleted_at IS NULL", new { Id = id, Owner = ownerKeyId }), ct);

    public async Task<IReadOnlyList<WebhookRecord>> ListAsync(Guid ownerKeyId, CancellationToken ct) =>
        (await database.ReadAsync(c => c.QueryAsync<WebhookRecord>(
            $"SELECT {Columns} FROM webhooks WHERE owner_key_id = @Owner AND deleted_at IS NULL ORDER BY created_at, id", new { Owner = ownerKeyId }), ct)).ToList();

    /// <summary>Ends a subscription; its deliveries still pending are cancelled with it.</summary>
    public Task<bool> DeleteAsync(Guid ownerKeyId, Guid id, CancellationToken ct) =>
        database.WriteAsync(async unit =>
        {
            var now = clock.GetUtcNow();
            var deleted = await unit.Connection.ExecuteAsync(
                "UPDATE webhooks SET deleted_at = @Now WHERE id = @Id AND owner_key_id = @Owner AND deleted_at IS NULL",
                new { Id = id, Owner = ownerKeyId, Now = now }, unit.Transaction);
            await unit.Connection.ExecuteAsync("UPDATE webhook_deliveries SET status = 'cancelled' WHERE webhook_id = @Id AND status = 'pending'",
                new { Id = id }, unit.Transaction);
            return deleted > 0;
        }, ct);

    public Task<IReadOnlyDictionary<string, int>> DeliveryCountsAsync(Guid webhookId, CancellationToken ct) =>
        database.ReadAsync(async c => (IReadOnlyDictionary<string, int>)(await c.QueryAsync<StatusCount>(
            "SELECT status AS Status, COUNT(*) AS Count FROM webhook_deliveries WHERE webhook_id = @Id GROUP BY status", new { Id = webhookId }))
            .ToDictionary(row => row.Status, row => row.Count), ct);

    private sealed class StatusCount
    {
        public string Status { get; set; } = "";
        public int Count { get; set; }
    }

    public async Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(Guid webhookId, string? status, long? before, int take, CancellationToken ct) =>
        (await database.ReadAsync(c => c.QueryAsync<DeliveryRecord>(database.Dialect.Limit(
            """
            SELECT d.id AS Id, d.event_id AS EventId, e.type AS EventType, d.declaration_id AS DeclarationId, d.status AS Status,
                   d.attempts AS Attempts, d.last_status_code AS LastStatusCode, d.last_error AS LastError, d.created_at AS CreatedAt,
                   d.next_attempt_at AS NextAttemptAt, d.delivered_at AS DeliveredAt
            FROM webhook_deliveries d JOIN outbox_events e ON e.id = d.event_id
            WHERE d.webhook_id = @Id AND (@Status IS NULL OR d.status = @Status) AND (@Before IS NULL OR d.id < @Before)
            ORDER BY d.id DESC
            """, "@Take"), new { Id = webhookId, Status = status, Before = before, Take = take }), ct)).ToList();

    /// <summary>Puts a delivery back in line at once, with a new retry window. Returns false when there is no such delivery.</summary>
    public Task<bool> RedeliverAsync(Guid webhookId, long deliveryId, CancellationToken ct) =>
        database.WriteAsync(async unit => await unit.Connection.ExecuteAsync(
            """
            UPDATE webhook_deliveries
            SET status = 'pending', attempts = 0, created_at = @Now, next_attempt_at = @Now, lease_owner = NULL, lease_until = NULL, delivered_at = NULL
            WHERE id = @Id AND webhook_id = @WebhookId AND status <> 'cancelled'
            """, new { Id = deliveryId, WebhookId = webhookId, Now = clock.GetUtcNow() }, unit.Transaction) > 0, ct);
}
