using System.Diagnostics.Metrics;
using System.Globalization;

namespace DigitalBorderGate.Api.Notifications;

/// <summary>What webhook delivery reports to operators: how late events reach receivers, and how often receivers fail.</summary>
internal static class WebhookMetrics
{
    public const string MeterName = "DigitalBorderGate.Webhooks";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> Lag = Meter.CreateHistogram<double>(
        "bordergate.webhook.delivery.lag", "s", "Time from an event's commit to its receiver's acknowledgement, retries included.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600, 21600, 86400] });

    private static readonly Counter<long> Failures = Meter.CreateCounter<long>(
        "bordergate.webhook.delivery.failures", "{attempt}", "Delivery attempts the receiver did not acknowledge (a breaker's local refusal is not an attempt).");

    private static readonly Counter<long> Abandoned = Meter.CreateCounter<long>(
        "bordergate.webhook.delivery.abandoned", "{delivery}", "Deliveries given up after their retry window.");

    /// <summary>Records an attempt that was sent; <paramref name="sinceCommit"/> is the delivery's age.</summary>
    public static void Attempted(DeliveryAttempt attempt, TimeSpan sinceCommit, bool abandoned)
    {
        if (attempt.Delivered)
        {
            Lag.Record(Math.Max(0, sinceCommit.TotalSeconds));
            return;
        }
        // error.type stays a short closed set: the receiver's status code, or no answer at all.
        var errorType = attempt.StatusCode is { } code ? code.ToString(CultureInfo.InvariantCulture) : "unreachable";
        Failures.Add(1, new KeyValuePair<string, object?>("error.type", errorType));
        if (abandoned)
        {
            Abandoned.Add(1);
        }
    }
}
