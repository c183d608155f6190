using DigitalBorderGate.Api.Features.Shared;

namespace DigitalBorderGate.Api.Features.Webhooks.List;

/// <summary>The caller's webhooks, without their secrets. A key holds a handful at most: one page, whole.</summary>
internal sealed class Endpoint(WebhookStore store) : EndpointWithoutRequest<Page<WebhookView>>
{
    public override void Configure()
    {
        Get("/api/v1/webhooks");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("listWebhooks").WithTags("Webhooks")
            .WithSummary("The caller's webhooks, without secrets"));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var webhooks = await store.ListAsync(ApiPrincipal.From(User).KeyId, ct);
        await Send.OkAsync(new Page<WebhookView>(webhooks.Select(w => WebhookView.From(w)).ToList(), null), ct);
    }
}
