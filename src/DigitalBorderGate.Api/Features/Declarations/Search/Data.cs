using DigitalBorderGate.Api.Features.Shared;

using DigitalBorderGate.Domain.Validation.Rules;
namespace DigitalBorderGate.Api.Features.Declarations.Search;

internal static class Data
{
    /// <summary>The declarations the access allows that match the filters, newest first, one page and one row more.</summary>
    public static async Task<IReadOnlyList<DeclarationRecord>> SearchAsync(Database database, Request request, DeclarationAccess access,
        PageRequest<KeysetCursor> paging, CancellationToken ct)
    {
        var where = new SqlConditions();
        where.Add(access.SqlCondition(where.Parameters))
            .AddIf(!string.IsNullOrWhiteSpace(request.ReferenceNumber), "reference_number = @ReferenceNumber", "ReferenceNumber", () => request.ReferenceNumber!.Trim())
            .AddIf(!string.IsNullOrWhiteSpace(request.PlateNumber), DeclarationData.PlateCondition, "PlateNumber", () => PlateNumber.Normalize(request.PlateNumber!))
            .AddIf(request.Status is not null, "status = @Status", "Status", () => EnumText.Of(request.Status!.Value))
            .AddIf(!string.IsNullOrWhiteSpace(request.BorderGateCode), "border_gate_code = @BorderGateCode", "BorderGateCode", () => KnownCode.Normalize(request.BorderGateCode))
            .AddIf(request.SubmittedFrom is not null, "submitted_at >= @SubmittedFrom", "SubmittedFrom", () => request.SubmittedFrom)
            .AddIf(request.SubmittedTo is not null, "submitted_at < @SubmittedTo", "SubmittedTo", () => request.SubmittedTo)
            .After(paging.After, "submitted_at", descending: true);
        where.Parameters.Add("Take", paging.Take);
        var sql = database.Dialect.Limit(
            $"SELECT {DeclarationRecord.Columns} FROM declarations WHERE {where} ORDER BY submitted_at DESC, id DESC", "@Take");
        return (await database.ReadAsync(c => c.QueryAsync<DeclarationRecord>(sql, where.Parameters), ct)).ToList();
    }
}
