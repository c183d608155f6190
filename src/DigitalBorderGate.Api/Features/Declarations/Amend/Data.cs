using System.Text.Json;

namespace DigitalBorderGate.Api.Features.Declarations.Amend;

internal static class Data
{
    /// <summary>Replaces content and routing; false when the declaration is no longer at the version read.</summary>
    public static async Task<bool> ReplaceAsync(UnitOfWork unit, DeclarationRecord declaration, AcceptedDeclaration accepted, DateTimeOffset now) =>
        await unit.Connection.ExecuteAsync(
            """
            UPDATE declarations
            SET declarant_tax_code = @DeclarantTaxCode, direction = @Direction, border_gate_code = @BorderGateCode,
                unit_code = @UnitCode, queue_unit_code = @UnitCode, plate_number = @PlateNumber,
                expected_arrival_at = @ExpectedArrivalAt, routing = @Routing, content = @Content, warnings = @Warnings,
                version = version + 1, updated_at = @Now
            WHERE id = @Id AND version = @Version
            """,
            new
            {
                declaration.Id,
                declaration.Version,
                accepted.Content.DeclarantTaxCode,
                Direction = EnumText.Of(accepted.Content.Direction),
                accepted.Content.BorderGateCode,
                accepted.Routing.UnitCode,
                PlateNumber = PlateNumber.Normalize(accepted.Content.Vehicle.PlateNumber),
                accepted.Content.ExpectedArrivalAt,
                Routing = JsonSerializer.Serialize(accepted.Routing, ApiJson.Options),
                Content = JsonSerializer.Serialize(accepted.Content, ApiJson.Options),
                Warnings = JsonSerializer.Serialize(accepted.Warnings, ApiJson.Options),
                Now = now,
            }, unit.Transaction) > 0;
}
