using DigitalBorderGate.Api.Features.Events;
using DigitalBorderGate.Api.Notifications;

namespace DigitalBorderGate.Api.Features.Webhooks;

internal sealed record WebhookView(
    Guid Id,
    string Url,
    [property: FieldContract(OneOf = typeof(DeclarationEventTypes))] IReadOnlyList<string> Events,
    DateTimeOffset CreatedAt,
    IReadOnlyDictionary<string, int>? Deliveries)
{
    public static WebhookView From(WebhookRecord record, IReadOnlyDictionary<string, int>? deliveries = null) =>
        new(record.Id, record.Url, record.Events, VietnamTime.ToVietnam(record.CreatedAt), deliveries);
}

/// <summary>A new subscription with its signing secret: the only time the secret is shown.</summary>
internal sealed record CreatedWebhook(
    Guid Id,
    string Secret,
    string Url,
    [property: FieldContract(OneOf = typeof(DeclarationEventTypes))] IReadOnlyList<string> Events,
    DateTimeOffset CreatedAt);

internal sealed record DeliveryView(long Id, long EventId,
    [property: FieldContract(OneOf = typeof(DeclarationEventTypes))] string EventType,
    Guid DeclarationId,
    [property: FieldContract(OneOf = typeof(DeliveryStatus))] string Status,
    int Attempts,
    int? LastStatusCode, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt)
{
    public static DeliveryView From(DeliveryRecord d) => new(d.Id, d.EventId, d.EventType, d.DeclarationId, d.Status, d.Attempts,
        d.LastStatusCode, d.LastError, VietnamTime.ToVietnam(d.CreatedAt),
        d.Status == EnumText.Of(DeliveryStatus.Pending) ? VietnamTime.ToVietnam(d.NextAttemptAt) : null,
        d.DeliveredAt is { } delivered ? VietnamTime.ToVietnam(delivered) : null);
}
