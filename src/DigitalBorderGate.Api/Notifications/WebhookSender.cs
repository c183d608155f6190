using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DigitalBorderGate.Api.Features.Events;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DigitalBorderGate.Api.Notifications;

/// <summary>A delivery the dispatcher holds a lease on, with everything needed to send it.</summary>
internal sealed class LeasedDelivery
{
    public long Id { get; set; }
    public Guid WebhookId { get; set; }
    public string Url { get; set; } = "";
    /// <summary>As stored: protected (see <see cref="WebhookSecrets"/>), or plain text from before protection.</summary>
    public string Secret { get; set; } = "";
    public long EventId { get; set; }
    public string EventType { get; set; } = "";
    public DateTimeOffset OccurredAt { get; set; }
    public string Payload { get; set; } = "";
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>How one attempt ended.</summary>
/// <param name="RefusedLocally">
/// The circuit breaker of the receiver's host refused the request without sending it: not an attempt, only a wait
/// (<paramref name="RetryAfter"/>) until the breaker lets requests through again.
/// </param>
internal sealed record DeliveryAttempt(bool Delivered, int? StatusCode, TimeSpan? RetryAfter, string? Error, bool RefusedLocally = false);

/// <summary>POSTs one event to a receiver, signed, through the webhook client's resilience pipeline.</summary>
internal sealed class WebhookSender(IHttpClientFactory clients, WebhookSecrets secrets, ILogger<WebhookSender> logger)
{
    public const string ClientName = "webhooks";

    /// <summary>How long a delivery refused by a half-open breaker waits: about one dispatcher poll.</summary>
    public static readonly TimeSpan HalfOpenWait = TimeSpan.FromSeconds(1);

    private string? SecretOf(LeasedDelivery delivery)
    {
        try
        {
            return secrets.Reveal(delivery.Secret);
        }
        catch (CryptographicException exception)
        {
            // A key ring not shared by every instance, or lost: nothing is sent unsigned, and the operator is told.
            logger.LogError(exception, "Webhook {WebhookId}: its signing secret cannot be unprotected with this instance's key ring", delivery.WebhookId);
            return null;
        }
    }

    public async Task<DeliveryAttempt> SendAsync(LeasedDelivery delivery, CancellationToken cancellationToken)
    {
        if (SecretOf(delivery) is not { } secret)
        {
            return new DeliveryAttempt(false, null, null, "The signing secret cannot be read with this instance's Data Protection key ring.");
        }
        var data = JsonSerializer.Deserialize<DeclarationEventData>(delivery.Payload, ApiJson.Options)!;
        var body = JsonSerializer.SerializeToUtf8Bytes(new DeclarationEvent(delivery.EventId, delivery.EventType, delivery.OccurredAt, data), ApiJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
        request.Headers.Add("X-BorderGate-Event", delivery.EventType);
        request.Headers.Add("X-BorderGate-Delivery", delivery.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, body));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var retryAfter = response.Headers.RetryAfter?.Delta
                ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
            return new DeliveryAttempt(response.IsSuccessStatusCode, (int)response.StatusCode, retryAfter,
                response.IsSuccessStatusCode ? null : $"The receiver answered {(int)response.StatusCode}.");
        }
        catch (BrokenCircuitException broken)
        {
            // While the breaker is half-open it lets one probe through and refuses the rest without a wait of its own.
            var wait = broken.RetryAfter is { } remaining && remaining > TimeSpan.Zero ? remaining : HalfOpenWait;
            return new DeliveryAttempt(false, null, wait, "The receiver's host failed repeatedly; deliveries to it are paused briefly.", RefusedLocally: true);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new DeliveryAttempt(false, null, null, exception switch
            {
                TimeoutRejectedException or TaskCanceledException => "The receiver did not answer in time.",
                _ => "The receiver could not be reached: " + exception.Message,
            });
        }
    }
}
