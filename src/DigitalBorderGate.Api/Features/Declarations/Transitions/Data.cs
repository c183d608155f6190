using System.Text.Json;
using Dapper;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Api.Features.Declarations.Transitions;

internal static class Data
{
    /// <summary>Writes the progress after an action; false when the declaration is no longer at the version read.</summary>
    public static async Task<bool> UpdateProgressAsync(UnitOfWork unit, DeclarationRecord declaration, DeclarationProgress after, string queueUnitCode, DateTimeOffset now) =>
        await unit.Connection.ExecuteAsync(
            """
            UPDATE declarations
            SET status = @Status, status_before_hold = @StatusBeforeHold, channel = @Channel, checks = @Checks,
                referred_to_unit_code = @ReferredToUnitCode, queue_unit_code = @QueueUnitCode, is_open = @IsOpen,
                version = version + 1, updated_at = @Now
            WHERE id = @Id AND version = @Version
            """,
            new
            {
                declaration.Id,
                declaration.Version,
                Status = EnumText.Of(after.Status),
                StatusBeforeHold = after.StatusBeforeHold is { } before ? EnumText.Of(before) : null,
                Channel = after.Channel is { } channel ? EnumText.Of(channel) : null,
                Checks = JsonSerializer.Serialize(after.Checks, ApiJson.Options),
                after.ReferredToUnitCode,
                QueueUnitCode = queueUnitCode,
                after.IsOpen,
                Now = now,
            }, unit.Transaction) > 0;
}
