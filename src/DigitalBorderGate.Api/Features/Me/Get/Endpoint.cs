namespace DigitalBorderGate.Api.Features.Me.Get;

/// <summary>Who the key belongs to: its role, its scope (tax codes, or one unit code, or * for the whole branch) and its label.</summary>
internal sealed record CallerView(string Role, IReadOnlyList<string> Scope, string Label);

/// <summary>Lets a client (the console) check a key and learn what it may do before showing anything.</summary>
internal sealed class Endpoint : EndpointWithoutRequest<CallerView>
{
    public override void Configure()
    {
        Get("/api/v1/me");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer, Auth.Roles.Admin);
        Description(b => b
            .WithName("getCaller").WithTags("API keys")
            .WithSummary("The role, scope and label of the calling API key"));
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        var principal = ApiPrincipal.From(User);
        return Send.OkAsync(new CallerView(principal.RoleName, principal.Scope, principal.Label), ct);
    }
}
