using DigitalBorderGate.Api.Notifications;

namespace DigitalBorderGate.Api.Features.Webhooks.Redeliver;

internal sealed class Request
{
    public Guid Id { get; set; }

    public long DeliveryId { get; set; }
}

/// <summary>Sends a delivery again (a failed one, typically): it goes back in line at once with a fresh retry window.</summary>
internal sealed class Endpoint(WebhookStore store, Database database, TimeProvider clock) : Endpoint<Request>
{
    public override void Configure()
    {
        Post("/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("redeliverWebhookDelivery").WithTags("Webhooks")
            .WithSummary("Send a delivery again, with a fresh retry window")
            .ClearDefaultProduces(StatusCodes.Status200OK, StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (await store.FindAsync(ApiPrincipal.From(User).KeyId, request.Id, ct) is null)
        {
            await Refusals.WebhookNotFound.WriteAsync(HttpContext);
            return;
        }
        if (!await DeliveryQueue.RedeliverAsync(database, request.Id, request.DeliveryId, clock.GetUtcNow(), ct))
        {
            await Refusals.DeliveryNotFound.WriteAsync(HttpContext);
            return;
        }
        await Send.ResultAsync(TypedResults.Accepted((string?)null));
    }
}
