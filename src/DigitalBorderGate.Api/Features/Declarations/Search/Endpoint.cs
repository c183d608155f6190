using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Shared;

namespace DigitalBorderGate.Api.Features.Declarations.Search;

internal sealed class Request
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
internal sealed class Endpoint(Database database, ReferenceDataCatalog catalog) : Endpoint<Request, Page<DeclarationResponse>>
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
        var (paging, error) = PagingRequest.Read(request.Limit, request.Cursor);
        if (error is not null)
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.Validation, [error]);
            return;
        }
        var rows = await Data.SearchAsync(database, request, access, paging, ct);
        var (page, next) = paging.Cut(rows, row => new KeysetCursor(row.SubmittedAt, row.Id).Encode());
        await Send.OkAsync(new Page<DeclarationResponse>(page.Select(r => r.ToResponse()).ToList(), next), ct);
    }
}
