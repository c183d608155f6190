using DigitalBorderGate.Api.Features.Events;
using DigitalBorderGate.Api.Notifications;
using DigitalBorderGate.Api.Settings;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Features.Webhooks.Register;

internal sealed class Request
{
    [FieldContract(Required = true, MaxLength = WebhookUrlPolicy.MaxUrlLength, Format = "uri",
        Description = "https; plain http to loopback only where the configuration allows it.")]
    public string? Url { get; set; }

    [FieldContract(Required = true, OneOf = typeof(DeclarationEventTypes), MaxItems = 3, Description = "One or more event types.")]
    public IReadOnlyList<string?>? Events { get; set; }
}

/// <summary>Subscribes the caller's key to push notifications of the events its change feed shows.</summary>
internal sealed class Endpoint(WebhookStore store, WebhookUrlPolicy urls, WebhookSecrets secrets, IOptions<BorderGateOptions> options) : Endpoint<Request, CreatedWebhook>
{
    public override void Configure()
    {
        Post("/api/v1/webhooks");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("registerWebhook").WithTags("Webhooks")
            .WithSummary("Subscribe to push notifications; the signing secret is in this response only")
            .ClearDefaultProduces(StatusCodes.Status200OK)
            .Produces<CreatedWebhook>(StatusCodes.Status201Created)
            .WithResponseHeader(StatusCodes.Status201Created, "Location", "The webhook's address.")
            .ProducesProblems(StatusCodes.Status409Conflict));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var errors = new List<ProblemError>();
        if (urls.Refusal(request.Url) is { } refusal)
        {
            errors.Add(Refusals.WebhookUrlRefused(refusal.Message, refusal.MessageVi));
        }
        var events = (request.Events ?? []).Select(e => e?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (events.Count == 0 || events.Any(e => !DeclarationEventTypes.All.Contains(e)))
        {
            var known = string.Join(", ", DeclarationEventTypes.All);
            errors.Add(Refusals.WebhookEventsInvalid(known));
        }
        if (errors.Count > 0)
        {
            await Problem.WriteAsync(HttpContext, Problem.ForErrors(HttpContext, ProblemKind.Validation, errors));
            return;
        }
        var owner = ApiPrincipal.From(User).KeyId;
        var limit = options.Value.Webhooks.MaxSubscriptionsPerKey;
        if (await store.CountAsync(owner, ct) >= limit)
        {
            await Refusals.WebhookLimitReached(limit).WriteAsync(HttpContext);
            return;
        }
        var secret = WebhookSignature.NewSecret();
        var record = await store.CreateAsync(owner, request.Url!.Trim(), events, secrets.Protect(secret), ct);
        HttpContext.Response.Headers.Location = $"/api/v1/webhooks/{record.Id}";
        await Send.ResponseAsync(new CreatedWebhook(record.Id, secret, record.Url, record.Events, VietnamTime.ToVietnam(record.CreatedAt)), StatusCodes.Status201Created, ct);
    }
}
