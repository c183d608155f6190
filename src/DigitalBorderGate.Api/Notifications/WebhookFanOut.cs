using System.Text.Json;
using DigitalBorderGate.Api.Features.Events;

namespace DigitalBorderGate.Api.Notifications;

/// <summary>Turns an event into one pending delivery per subscription that should receive it, in the event's transaction.</summary>
internal static class WebhookFanOut
{
    public static async Task EnqueueAsync(UnitOfWork unit, long eventId, string type, DeclarationEventData data, string declarantTaxCode, DateTimeOffset now)
    {
        // Subscriptions are few (a handful per key); reading them with each event keeps matching exact and simple.
        var subscriptions = await unit.Connection.QueryAsync<Subscription>(
            """
            SELECT w.id AS Id, w.event_types AS EventTypes, k.role AS Role, k.scope AS Scope
            FROM webhooks w JOIN api_keys k ON k.id = w.owner_key_id
            WHERE w.deleted_at IS NULL AND k.revoked_at IS NULL
            """, transaction: unit.Transaction);
        var receivers = subscriptions.Where(s => s.Wants(type) && s.Audience()?.Includes(declarantTaxCode, data.UnitCode) == true).ToList();
        if (receivers.Count == 0)
        {
            return;
        }
        await DeliveryQueue.EnqueueAsync(unit, receivers.Select(r => r.Id), eventId, data.DeclarationId, now);
    }

    private sealed class Subscription
    {
        public Guid Id { get; set; }
        public string EventTypes { get; set; } = "[]";
        public string Role { get; set; } = "";
        public string Scope { get; set; } = "[]";

        public bool Wants(string type) => JsonSerializer.Deserialize<string[]>(EventTypes)?.Contains(type) == true;

        public Audience? Audience() => Roles.Parse(Role) is { } role
            ? Auth.Audience.Of(role, JsonSerializer.Deserialize<string[]>(Scope) ?? [])
            : null;
    }
}
