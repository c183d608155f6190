using DigitalBorderGate.Api.Notifications;

namespace DigitalBorderGate.Api.Features.Webhooks.Get;

internal sealed class Request
{
    public Guid Id { get; set; }
}

/// <summary>One of the caller's webhooks, with how many deliveries are pending, delivered and failed.</summary>
internal sealed class Endpoint(WebhookStore store, Database database) : Endpoint<Request, WebhookView>
{
    public override void Configure()
    {
        Get("/api/v1/webhooks/{id}");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("getWebhook").WithTags("Webhooks")
            .WithSummary("One webhook with its delivery counts")
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (await store.FindAsync(ApiPrincipal.From(User).KeyId, request.Id, ct) is not { } webhook)
        {
            await Refusals.WebhookNotFound.WriteAsync(HttpContext);
            return;
        }
        await Send.OkAsync(WebhookView.From(webhook, await DeliveryQueue.CountsAsync(database, webhook.Id, ct)), ct);
    }
}
