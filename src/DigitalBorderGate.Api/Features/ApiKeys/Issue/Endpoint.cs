using DigitalBorderGate.Api.Data.ReferenceData;

namespace DigitalBorderGate.Api.Features.ApiKeys.Issue;

/// <summary>An admin issues a key for a role and scope; the secret is in this response only.</summary>
internal sealed class Endpoint(ApiKeyStore keys, ReferenceDataCatalog catalog, Domain.Codes.CodeLists codes, ILogger<Endpoint> logger) : Endpoint<Request, IssuedApiKey>
{
    public override void Configure()
    {
        Post("/api/v1/api-keys");
        Roles(Auth.Roles.Admin);
        Description(b => b
            .WithName("issueApiKey").WithTags("API keys")
            .WithSummary("Issue an API key; its secret is in this response only")
            .ClearDefaultProduces(StatusCodes.Status200OK)
            .Produces<IssuedApiKey>(StatusCodes.Status201Created)
            .WithResponseHeader(StatusCodes.Status201Created, "Location", "The key's address."));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var errors = new List<ProblemError>();
        if (KeyScopeRules.Check(request, catalog.Current, codes, errors) is not { } key)
        {
            await Problem.WriteAsync(HttpContext, Problem.ForErrors(HttpContext, ProblemKind.Validation, errors));
            return;
        }
        var (record, secret) = await keys.IssueAsync(key.Role, key.Scope, key.Label, ct);
        logger.LogInformation("API key {KeyId} issued for role {Role} by admin key {AdminKeyId}", record.Id, record.Role, ApiPrincipal.From(User).KeyId);
        HttpContext.Response.Headers.CacheControl = "no-store";
        HttpContext.Response.Headers.Location = $"/api/v1/api-keys/{record.Id}";
        await Send.ResponseAsync(new IssuedApiKey(record.Id, secret, record.Role, key.Scope, record.Label, VietnamTime.ToVietnam(record.CreatedAt)), StatusCodes.Status201Created, ct);
    }
}
