using System.Globalization;

namespace DigitalBorderGate.Api.Features.Declarations.Submit;

internal static class Data
{
    private const string SequenceName = "declarations";

    /// <summary>The next number of the day's reference sequence, taken inside the unit of work.</summary>
    public static Task<int> NextSequenceAsync(UnitOfWork unit, DateOnly day) =>
        unit.Connection.ExecuteScalarAsync<int>(unit.Dialect.NextDailySequenceSql,
            new { Name = SequenceName, Day = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) }, unit.Transaction);

    public static Task InsertAsync(UnitOfWork unit, DeclarationRecord declaration) =>
        unit.Connection.ExecuteAsync(
            """
            INSERT INTO declarations (id, reference_number, declarant_tax_code, direction, border_gate_code, unit_code, plate_number,
                status, expected_arrival_at, submitted_at, updated_at, version, routing, content, queue_unit_code, is_open, checks, warnings)
            VALUES (@Id, @ReferenceNumber, @DeclarantTaxCode, @Direction, @BorderGateCode, @UnitCode, @PlateNumber,
                @Status, @ExpectedArrivalAt, @SubmittedAt, @UpdatedAt, @Version, @Routing, @Content, @QueueUnitCode, 1, @Checks, @Warnings)
            """, declaration, unit.Transaction);
}
