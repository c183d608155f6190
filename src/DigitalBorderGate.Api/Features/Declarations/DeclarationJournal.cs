using System.Text.Json;
using DigitalBorderGate.Api.Features.Events;
using DigitalBorderGate.Api.Notifications;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>
/// Appends to a declaration's history and to the outbox, inside the unit of work of the change they record; both
/// only ever grow. An event's webhook deliveries are written with it, so none is lost between commit and dispatch.
/// </summary>
internal static class DeclarationJournal
{
    /// <summary>The role recorded for changes the platform makes itself (a reorganisation's re-routing).</summary>
    public const string SystemRole = "system";

    public static Task AppendHistoryAsync(UnitOfWork unit, Guid declarationId, DateTimeOffset at, string action,
        DeclarationStatus? from, DeclarationStatus to, ApiPrincipal actor, string? actorUnitCode, string? note, HistoryDetails? details = null) =>
        AppendHistoryAsync(unit, declarationId, at, action, from, to, (actor.RoleName, actor.Label, actorUnitCode), note, details);

    public static Task AppendHistoryAsync(UnitOfWork unit, Guid declarationId, DateTimeOffset at, string action,
        DeclarationStatus? from, DeclarationStatus to, (string Role, string Label, string? UnitCode) actor, string? note, HistoryDetails? details) =>
        unit.Connection.ExecuteAsync(
            """
            INSERT INTO declaration_history (declaration_id, at, action, from_status, to_status, actor_role, actor_label, actor_unit_code, note, details)
            VALUES (@DeclarationId, @At, @Action, @From, @To, @Role, @Label, @ActorUnitCode, @Note, @Details)
            """,
            new
            {
                DeclarationId = declarationId,
                At = at,
                Action = action,
                From = from is { } fromStatus ? EnumText.Of(fromStatus) : null,
                To = EnumText.Of(to),
                actor.Role,
                actor.Label,
                ActorUnitCode = actor.UnitCode,
                Note = note,
                Details = details is null ? null : JsonSerializer.Serialize(details, ApiJson.Options),
            }, unit.Transaction);

    public static async Task AppendEventAsync(UnitOfWork unit, string type, DateTimeOffset at, DeclarationEventData data, string declarantTaxCode)
    {
        var eventId = await unit.Connection.ExecuteScalarAsync<long>(
            unit.Dialect.InsertReturningId("outbox_events", "declaration_id, type, occurred_at, payload, declarant_tax_code, unit_code",
                "@DeclarationId, @Type, @At, @Payload, @DeclarantTaxCode, @UnitCode"),
            new
            {
                data.DeclarationId,
                Type = type,
                At = at,
                Payload = JsonSerializer.Serialize(data, ApiJson.Options),
                DeclarantTaxCode = declarantTaxCode,
                data.UnitCode,
            }, unit.Transaction);
        await WebhookFanOut.EnqueueAsync(unit, eventId, type, data, declarantTaxCode, at);
    }
}
