using DigitalBorderGate.Domain.Validation.Rules;
using DigitalBorderGate.Domain.Declarations;
using Dapper;
using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Shared;
using FastEndpoints;
using DigitalBorderGate.Api.Hosting.OpenApi;

namespace DigitalBorderGate.Api.Features.Declarations.Search;

public sealed class Request
{
    public string? ReferenceNumber { get; set; }
    public string? PlateNumber { get; set; }
    public DeclarationStatus? Status { get; set; }
    public string? BorderGateCode { get; set; }
    public DateTimeOffset? SubmittedFrom { get; set; }
    public DateTimeOffset? SubmittedTo { get; set; }
    public int? Limit { get; set; }
    public string? Cursor { get; set; }
}

/// <summary>Searches the declarations the caller may see, newest first, keyset-paged.</summary>
public sealed class Endpoint(Database database, ReferenceDataCatalog catalog) : Endpoint<Request, Page<DeclarationResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/declarations");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("searchDeclarations").WithTags("Declarations")
            .WithSummary("Search the declarations the key may see, newest first"));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var access = DeclarationAccess.For(ApiPrincipal.From(User), catalog.Current);
        if (access is null)
        {
            await Send.ForbiddenAsync(ct);
            return;
        }
        var (ok, limit, after) = await PagingRequest.ReadAsync(HttpContext, request.Limit, request.Cursor);
        if (!ok)
        {
            return;
        }
        var (sql, parameters) = BuildQuery(request, access, after, limit + 1);
        var rows = (await database.ReadAsync(c => c.QueryAsync<DeclarationRecord>(sql, parameters), ct)).ToList();
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? new KeysetCursor(page[^1].SubmittedAt, page[^1].Id).Encode() : null;
        await Send.OkAsync(new Page<DeclarationResponse>(page.Select(r => r.ToResponse()).ToList(), next), ct);
    }

    private (string Sql, DynamicParameters Parameters) BuildQuery(Request request, DeclarationAccess access, KeysetCursor? after, int take)
    {
        var where = new SqlConditions();
        where.Add(access.SqlCondition(where.Parameters))
            .AddIf(!string.IsNullOrWhiteSpace(request.ReferenceNumber), "reference_number = @ReferenceNumber", "ReferenceNumber", () => request.ReferenceNumber!.Trim())
            .AddIf(!string.IsNullOrWhiteSpace(request.PlateNumber), "plate_number = @PlateNumber", "PlateNumber", () => PlateText.SearchKey(request.PlateNumber!))
            .AddIf(request.Status is not null, "status = @Status", "Status", () => DbEnum.ToDb(request.Status!.Value))
            .AddIf(!string.IsNullOrWhiteSpace(request.BorderGateCode), "border_gate_code = @BorderGateCode", "BorderGateCode", () => request.BorderGateCode!.Trim().ToUpperInvariant())
            .AddIf(request.SubmittedFrom is not null, "submitted_at >= @SubmittedFrom", "SubmittedFrom", () => request.SubmittedFrom)
            .AddIf(request.SubmittedTo is not null, "submitted_at < @SubmittedTo", "SubmittedTo", () => request.SubmittedTo)
            .After(after, "submitted_at", descending: true);
        where.Parameters.Add("Take", take);
        var sql = database.Dialect.Limit(
            $"SELECT {DeclarationRecord.Columns} FROM declarations WHERE {where} ORDER BY submitted_at DESC, id DESC", "@Take");
        return (sql, where.Parameters);
    }
}
