using Dapper;
using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Domain.Declarations;

namespace DigitalBorderGate.Api.Features.Shared;

/// <summary>Appends to a declaration's history and to the outbox; both only ever grow.</summary>
public static class DeclarationJournal
{
    public static Task AppendHistoryAsync(UnitOfWork unit, Guid declarationId, DateTimeOffset at, string action,
        DeclarationStatus? from, DeclarationStatus to, ApiPrincipal actor, string? actorUnitCode, string? note) =>
        unit.Connection.ExecuteAsync(
            """
            INSERT INTO declaration_history (declaration_id, at, action, from_status, to_status, actor_role, actor_label, actor_unit_code, note)
            VALUES (@DeclarationId, @At, @Action, @From, @To, @Role, @Label, @ActorUnitCode, @Note)
            """,
            new
            {
                DeclarationId = declarationId,
                At = at,
                Action = action,
                From = from is { } fromStatus ? DbEnum.ToDb(fromStatus) : null,
                To = DbEnum.ToDb(to),
                Role = actor.RoleName,
                actor.Label,
                ActorUnitCode = actorUnitCode,
                Note = note,
            }, unit.Transaction);

    public static Task AppendEventAsync(UnitOfWork unit, Guid declarationId, string type, DateTimeOffset at, object payload) =>
        unit.Connection.ExecuteAsync(
            "INSERT INTO outbox_events (declaration_id, type, occurred_at, payload) VALUES (@DeclarationId, @Type, @At, @Payload)",
            new { DeclarationId = declarationId, Type = type, At = at, Payload = System.Text.Json.JsonSerializer.Serialize(payload, ApiJson.Options) },
            unit.Transaction);
}
