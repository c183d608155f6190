namespace DigitalBorderGate.Api.Features.Webhooks.Delete;

internal sealed class Request
{
    public Guid Id { get; set; }
}

/// <summary>Ends a subscription; nothing more is sent to it, including deliveries still pending.</summary>
internal sealed class Endpoint(WebhookStore store) : Endpoint<Request>
{
    public override void Configure()
    {
        Delete("/api/v1/webhooks/{id}");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("deleteWebhook").WithTags("Webhooks")
            .WithSummary("End a subscription; pending deliveries are cancelled")
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (!await store.DeleteAsync(ApiPrincipal.From(User).KeyId, request.Id, ct))
        {
            await Refusals.WebhookNotFound.WriteAsync(HttpContext);
            return;
        }
        await Send.NoContentAsync(ct);
    }
}
