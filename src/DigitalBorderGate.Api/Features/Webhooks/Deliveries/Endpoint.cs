using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Api.Problems;
using DigitalBorderGate.Api.Hosting.OpenApi;
using FastEndpoints;

namespace DigitalBorderGate.Api.Features.Webhooks.Deliveries;

public sealed class Request
{
    public Guid Id { get; set; }

    [FieldContract(OneOf = typeof(DeliveryStatuses))]
    public string? Status { get; set; }

    public int? Limit { get; set; }
    public string? Cursor { get; set; }
}

/// <summary>Where a delivery stands.</summary>
public static class DeliveryStatuses
{
    public static readonly IReadOnlyList<string> All = ["pending", "delivered", "failed", "cancelled"];
}

/// <summary>A webhook's deliveries, newest first: what was sent, how often, and what the receiver answered.</summary>
public sealed class Endpoint(WebhookStore store) : Endpoint<Request, Page<DeliveryView>>
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
            await WebhookRefusals.NotFound(HttpContext);
            return;
        }
        if (request.Status is not null && !DeliveryStatuses.All.Contains(request.Status))
        {
            await Refusals.InvalidQuery(HttpContext, "status", "status.invalid", "The status is pending, delivered, failed or cancelled.", "Trạng thái phải là pending, delivered, failed hoặc cancelled.");
            return;
        }
        var (ok, limit, before) = await PagingRequest.ReadAsync<SequenceCursor>(HttpContext, request.Limit, request.Cursor, SequenceCursor.TryDecode);
        if (!ok)
        {
            return;
        }
        var rows = await store.DeliveriesAsync(webhook.Id, request.Status, before?.After, limit + 1, ct);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? new SequenceCursor(page[^1].Id).Encode() : null;
        await Send.OkAsync(new Page<DeliveryView>(page.Select(DeliveryView.From).ToList(), next), ct);
    }
}
