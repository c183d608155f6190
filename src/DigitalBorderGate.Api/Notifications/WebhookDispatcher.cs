using DigitalBorderGate.Api.Settings;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Notifications;

/// <summary>
/// Delivers pending webhook deliveries. Each pass leases a batch of due rows for this instance, so that instances
/// sharing a database never send the same delivery at the same time; a lease that outlives a crash simply expires and
/// the row is taken up again. Per subscription and declaration only the oldest pending delivery is due, which keeps
/// each declaration's events in order. Delivery is at least once: receivers de-duplicate by X-BorderGate-Delivery.
/// </summary>
internal sealed class WebhookDispatcher(Database database, WebhookSender sender, TimeProvider clock, IOptions<BorderGateOptions> options, DatabaseReadiness readiness,
    Hosting.DatabaseOutageLog outages, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);
    private const int Parallelism = 8;

    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Webhooks;
        if (!settings.DispatcherEnabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!readiness.IsReady || await DispatchOnceAsync(stoppingToken) == 0)
                {
                    await Task.Delay(settings.PollIntervalMilliseconds, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (DatabaseOutage.Caused(exception))
            {
                // The database is away; the rows wait, and the next pass takes them up. The outage is logged once.
                outages.ProbeFailed(exception);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Webhook dispatch pass failed");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    /// <summary>One pass: lease due deliveries, send them, record each outcome. Returns how many were attempted.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        // Each pass holds its own lease, so passes never share rows, in one instance or across instances.
        var lease = $"{InstanceId}:{Guid.NewGuid():N}";
        var leased = await LeaseAsync(lease, cancellationToken);
        await Parallel.ForEachAsync(leased, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (delivery, token) => await RecordAsync(lease, delivery, await sender.SendAsync(delivery, token), token));
        return leased.Count;
    }

    private Task<List<LeasedDelivery>> LeaseAsync(string lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return DeliveryQueue.LeaseAsync(database, lease, now, now + LeaseDuration, options.Value.Webhooks.BatchSize, cancellationToken);
    }

    private async Task RecordAsync(string lease, LeasedDelivery delivery, DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (attempt.RefusedLocally)
        {
            // Nothing was sent, so nothing is counted: the delivery keeps its place and waits out the breaker's break.
            await DeliveryQueue.PostponeAsync(database, lease, delivery.Id, now + (attempt.RetryAfter ?? WebhookSender.HalfOpenWait), cancellationToken);
            return;
        }
        var attempts = delivery.Attempts + 1;
        var expired = now - delivery.CreatedAt >= TimeSpan.FromHours(options.Value.Webhooks.RetryHours);
        var status = attempt.Delivered ? DeliveryStatus.Delivered : expired ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        WebhookMetrics.Attempted(attempt, now - delivery.CreatedAt, abandoned: status == DeliveryStatus.Failed);
        if (status == DeliveryStatus.Failed)
        {
            logger.LogWarning("Webhook delivery {DeliveryId} failed for good after {Attempts} attempts", delivery.Id, attempts);
        }
        await DeliveryQueue.RecordAsync(database, lease, delivery.Id, status, attempts, now + RetrySchedule.After(now - delivery.CreatedAt, attempt.RetryAfter),
            attempt, attempt.Delivered ? now : null, cancellationToken);
        if (attempt.Delivered && delivery.Attempts > 0)
        {
            // The receiver answers again after failing: what waits in its backoff is due now, not at its next step.
            await DeliveryQueue.ResumeAsync(database, delivery.WebhookId, now, cancellationToken);
        }
    }
}
