using System.Text.Json;
using DigitalBorderGate.Api.Notifications;

namespace DigitalBorderGate.Api.Features.Webhooks;

internal sealed class WebhookRecord
{
    public Guid Id { get; set; }
    public Guid OwnerKeyId { get; set; }
    public string Url { get; set; } = "";
    public string EventTypes { get; set; } = "[]";
    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<string> Events => JsonSerializer.Deserialize<string[]>(EventTypes) ?? [];
}

/// <summary>Subscriptions, always read through the key that owns them; their deliveries are the <see cref="DeliveryQueue"/>'s.</summary>
internal sealed class WebhookStore(Database database, TimeProvider clock)
{
    private const string Columns = "id AS Id, owner_key_id AS OwnerKeyId, url AS Url, event_types AS EventTypes, created_at AS CreatedAt";

    public Task<int> CountAsync(Guid ownerKeyId, CancellationToken ct) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM webhooks WHERE owner_key_id = @Owner AND deleted_at IS NULL", new { Owner = ownerKeyId }), ct);

    /// <param name="protectedSecret">The signing secret as <see cref="WebhookSecrets.Protect"/> made it: never plain text.</param>
    public async Task<WebhookRecord> CreateAsync(Guid ownerKeyId, string url, IReadOnlyList<string> events, string protectedSecret, CancellationToken ct)
    {
        var record = new WebhookRecord { Id = Guid.CreateVersion7(clock.GetUtcNow()), OwnerKeyId = ownerKeyId, Url = url, EventTypes = JsonSerializer.Serialize(events), CreatedAt = clock.GetUtcNow() };
        await database.WriteAsync(unit => unit.Connection.ExecuteAsync(
            "INSERT INTO webhooks (id, owner_key_id, url, event_types, secret, created_at) VALUES (@Id, @OwnerKeyId, @Url, @EventTypes, @Secret, @CreatedAt)",
            new { record.Id, record.OwnerKeyId, record.Url, record.EventTypes, Secret = protectedSecret, record.CreatedAt }, unit.Transaction), ct);
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
            await DeliveryQueue.CancelPendingAsync(unit, id);
            return deleted > 0;
        }, ct);
}
