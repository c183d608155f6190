using DigitalBorderGate.Api.Features.Declarations;

namespace DigitalBorderGate.Api.Features.Passes.Verify;

internal static class PassData
{
    public static Task<DeclarationRecord?> FindByReferenceAsync(Database database, string referenceNumber, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleOrDefaultAsync<DeclarationRecord>(
            $"SELECT {DeclarationRecord.Columns} FROM declarations WHERE reference_number = @ReferenceNumber",
            new { ReferenceNumber = referenceNumber }), ct);
}
