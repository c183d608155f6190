using System.Text.Json;
using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Api.Features.Declarations.Transitions;

internal static class Data
{
    /// <summary>
    /// Writes the progress after an action, and the content when the action changed it (a linked customs
    /// declaration number); false when the declaration is no longer at the version read.
    /// </summary>
    public static async Task<bool> UpdateProgressAsync(UnitOfWork unit, DeclarationRecord declaration, DeclarationProgress after, string queueUnitCode,
        DeclarationContent? content, DateTimeOffset now) =>
        await unit.Connection.ExecuteAsync(
            """
            UPDATE declarations
            SET status = @Status, status_before_hold = @StatusBeforeHold, channel = @Channel, checks = @Checks,
                referred_to_unit_code = @ReferredToUnitCode, queue_unit_code = @QueueUnitCode, is_open = @IsOpen,
                goods_clearance = @GoodsClearance, transshipments = @Transshipments, content = COALESCE(@Content, content),
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
                GoodsClearance = JsonSerializer.Serialize(after.Goods, ApiJson.Options),
                Transshipments = JsonSerializer.Serialize(after.Transshipments, ApiJson.Options),
                Content = content is null ? null : JsonSerializer.Serialize(content, ApiJson.Options),
                Now = now,
            }, unit.Transaction) > 0;

    /// <summary>Makes the declaration findable by a receiving vehicle's plate.</summary>
    public static Task AddReceivingPlateAsync(UnitOfWork unit, Guid declarationId, string plate) =>
        unit.Connection.ExecuteAsync(
            """
            INSERT INTO declaration_plates (declaration_id, plate_number, role)
            SELECT @Id, @Plate, 'receiving' WHERE NOT EXISTS
                (SELECT 1 FROM declaration_plates WHERE declaration_id = @Id AND plate_number = @Plate AND role = 'receiving')
            """,
            new { Id = declarationId, Plate = PlateNumber.Normalize(plate) }, unit.Transaction);
}
