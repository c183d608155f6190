using DigitalBorderGate.Domain.Declarations;
using System.Text;
using Dapper;
using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Features.Shared;
using FastEndpoints;

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
public sealed class Endpoint(Database database) : Endpoint<Request, Page<DeclarationResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/declarations");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var access = DeclarationAccess.For(ApiPrincipal.From(User));
        if (access is null)
        {
            await Send.ForbiddenAsync(ct);
            return;
        }
        if (!PageLimit.IsValid(request.Limit))
        {
            await Refusals.InvalidLimit(HttpContext);
            return;
        }
        KeysetCursor? after = null;
        if (request.Cursor is not null)
        {
            if (!KeysetCursor.TryDecode(request.Cursor, out var decoded))
            {
                await Refusals.InvalidCursor(HttpContext);
                return;
            }
            after = decoded;
        }
        var limit = PageLimit.Resolve(request.Limit);
        var (sql, parameters) = BuildQuery(request, access, after, limit + 1);
        var rows = (await database.ReadAsync(c => c.QueryAsync<DeclarationRecord>(sql, parameters), ct)).ToList();
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? new KeysetCursor(page[^1].SubmittedAt, page[^1].Id).Encode() : null;
        await Send.OkAsync(new Page<DeclarationResponse>(page.Select(r => r.ToResponse()).ToList(), next), ct);
    }

    private (string Sql, DynamicParameters Parameters) BuildQuery(Request request, DeclarationAccess access, KeysetCursor? after, int take)
    {
        var parameters = new DynamicParameters();
        var where = new StringBuilder(access.SqlCondition(parameters));
        void And(string condition, string name, object value)
        {
            where.Append(" AND ").Append(condition);
            parameters.Add(name, value);
        }
        if (!string.IsNullOrWhiteSpace(request.ReferenceNumber)) And("reference_number = @ReferenceNumber", "ReferenceNumber", request.ReferenceNumber.Trim());
        if (!string.IsNullOrWhiteSpace(request.PlateNumber)) And("plate_number = @PlateNumber", "PlateNumber", PlateSearch.Normalise(request.PlateNumber));
        if (request.Status is { } status) And("status = @Status", "Status", DbEnum.ToDb(status));
        if (!string.IsNullOrWhiteSpace(request.BorderGateCode)) And("border_gate_code = @BorderGateCode", "BorderGateCode", request.BorderGateCode.Trim().ToUpperInvariant());
        if (request.SubmittedFrom is { } from) And("submitted_at >= @SubmittedFrom", "SubmittedFrom", from);
        if (request.SubmittedTo is { } to) And("submitted_at < @SubmittedTo", "SubmittedTo", to);
        if (after is { } cursor)
        {
            where.Append(" AND (submitted_at < @AfterAt OR (submitted_at = @AfterAt AND id < @AfterId))");
            parameters.Add("AfterAt", cursor.At);
            parameters.Add("AfterId", cursor.Id);
        }
        parameters.Add("Take", take);
        var sql = database.Dialect.Limit(
            $"SELECT {DeclarationRecord.Columns} FROM declarations WHERE {where} ORDER BY submitted_at DESC, id DESC", "@Take");
        return (sql, parameters);
    }
}
