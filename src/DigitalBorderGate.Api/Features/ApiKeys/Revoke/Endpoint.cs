namespace DigitalBorderGate.Api.Features.ApiKeys.Revoke;

internal sealed class Request
{
    public Guid Id { get; set; }
}

/// <summary>Revokes a key; every request after this one that uses it is refused with 401.</summary>
internal sealed class Endpoint(ApiKeyStore keys, ILogger<Endpoint> logger) : Endpoint<Request>
{
    public override void Configure()
    {
        Delete("/api/v1/api-keys/{id}");
        Roles(Auth.Roles.Admin);
        Description(b => b
            .WithName("revokeApiKey").WithTags("API keys")
            .WithSummary("Revoke a key at once")
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (!await keys.RevokeAsync(request.Id, ct))
        {
            await Refusals.KeyNotFound.WriteAsync(HttpContext);
            return;
        }
        logger.LogInformation("API key {KeyId} revoked by admin key {AdminKeyId}", request.Id, ApiPrincipal.From(User).KeyId);
        await Send.NoContentAsync(ct);
    }
}
