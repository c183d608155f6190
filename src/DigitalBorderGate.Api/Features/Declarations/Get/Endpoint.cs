using DigitalBorderGate.Api.Data.ReferenceData;

namespace DigitalBorderGate.Api.Features.Declarations.Get;

internal sealed class Request
{
    public Guid Id { get; set; }
}

internal sealed class Endpoint(RenderedDeclarations declarations, ReferenceDataCatalog catalog) : DeclarationEndpoint<Request>
{
    public override void Configure()
    {
        Get("/api/v1/declarations/{id}");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("getDeclaration").WithTags("Declarations")
            .WithSummary("Read one declaration with its status, routing and the actions the caller may take")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", "The declaration's version, for If-Match.", IfMatch.ETagPattern));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (await declarations.FindAsync(request.Id, ct) is not { } declaration || !DeclarationAccess.Shows(ApiPrincipal.From(User), catalog.Current, declaration.Record))
        {
            await Refusals.DeclarationNotFound.WriteAsync(HttpContext);
            return;
        }
        await SendDeclarationAsync(declaration, ct);
    }
}
