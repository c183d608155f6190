using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Api.Notifications;

namespace DigitalBorderGate.Api.Features.Webhooks.Deliveries;

internal sealed class Request
{
    public Guid Id { get; set; }

    [FieldContract(OneOf = typeof(DeliveryStatus))]
    public string? Status { get; set; }

    public int? Limit { get; set; }
    public string? Cursor { get; set; }
}

/// <summary>A webhook's deliveries, newest first: what was sent, how often, and what the receiver answered.</summary>
internal sealed class Endpoint(WebhookStore store, Database database) : Endpoint<Request, Page<DeliveryView>>
{
    public override void Configure()
    {
        Get("/api/v1/webhooks/{id}/deliveries");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("listWebhookDeliveries").WithTags("Webhooks")
            .WithSummary("A webhook's deliveries, newest first, with the receiver's last answer")
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (await store.FindAsync(ApiPrincipal.From(User).KeyId, request.Id, ct) is not { } webhook)
        {
            await Refusals.WebhookNotFound.WriteAsync(HttpContext);
            return;
        }
        // Exactly as listed: the name as it travels, in its letter case.
        var status = Enum.GetValues<DeliveryStatus>().Cast<DeliveryStatus?>().FirstOrDefault(s => EnumText.Of(s!.Value) == request.Status);
        if (request.Status is not null && status is null)
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.Validation, [Refusals.DeliveryStatusInvalid]);
            return;
        }
        var (paging, error) = PagingRequest.Read<SequenceCursor>(request.Limit, request.Cursor, SequenceCursor.TryDecode);
        if (error is not null)
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.Validation, [error]);
            return;
        }
        var rows = await DeliveryQueue.ListAsync(database, webhook.Id, status, paging.After?.After, paging.Take, ct);
        var (page, next) = paging.Cut(rows, delivery => new SequenceCursor(delivery.Id).Encode());
        await Send.OkAsync(new Page<DeliveryView>(page.Select(DeliveryView.From).ToList(), next), ct);
    }
}
