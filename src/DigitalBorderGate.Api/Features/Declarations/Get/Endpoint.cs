using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Shared;
using FastEndpoints;
using DigitalBorderGate.Api.Hosting.OpenApi;

namespace DigitalBorderGate.Api.Features.Declarations.Get;

public sealed class Request
{
    public Guid Id { get; set; }
}

public sealed class Endpoint(DeclarationReader reader, ReferenceDataCatalog catalog) : Endpoint<Request, DeclarationResponse>
{
    public override void Configure()
    {
        Get("/api/v1/declarations/{id}");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("getDeclaration").WithTags("Declarations")
            .WithSummary("Read one declaration with its status and routing")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", "The declaration's version, for If-Match.", IfMatch.ETagPattern));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var access = DeclarationAccess.For(ApiPrincipal.From(User), catalog.Current);
        var record = await reader.FindAsync(request.Id, ct);
        // Another enterprise's declaration is reported as absent, not forbidden: its existence is not ours to reveal.
        if (record is null || access is null || !access.Allows(record))
        {
            await Refusals.DeclarationNotFound(HttpContext);
            return;
        }
        HttpContext.Response.Headers.ETag = $"\"{record.Version}\"";
        await Send.OkAsync(record.ToResponse(), ct);
    }
}
