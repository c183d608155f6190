using Dapper;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Settings;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Notifications;

/// <summary>
/// Delivers pending webhook deliveries. Each pass leases a batch of due rows for this instance, so that instances
/// sharing a database never send the same delivery at the same time; a lease that outlives a crash simply expires and
/// the row is taken up again. Per subscription and declaration only the oldest pending delivery is due, which keeps
/// each declaration's events in order. Delivery is at least once: receivers de-duplicate by X-BorderGate-Delivery.
/// </summary>
public sealed class WebhookDispatcher(Database database, WebhookSender sender, TimeProvider clock, IOptions<BorderGateOptions> options, DatabaseReadiness readiness, ILogger<WebhookDispatcher> logger)
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
            catch (Exception exception)
            {
                // The database may be away for a moment; the rows wait, and the next pass takes them up.
                logger.LogWarning(exception, "Webhook dispatch pass failed");
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
        var until = now + LeaseDuration;
        var due = database.Dialect.Limit(
            """
            SELECT d.id FROM webhook_deliveries d
            WHERE d.status = 'pending' AND d.next_attempt_at <= @Now AND (d.lease_until IS NULL OR d.lease_until < @Now)
              AND NOT EXISTS (SELECT 1 FROM webhook_deliveries earlier
                              WHERE earlier.webhook_id = d.webhook_id AND earlier.declaration_id = d.declaration_id
                                AND earlier.status = 'pending' AND earlier.event_id < d.event_id)
            ORDER BY d.id
            """, "@Batch");
        return database.WriteAsync(async unit =>
        {
            await unit.Connection.ExecuteAsync(
                // The lease condition stands on the UPDATE itself too: an engine that reads the subquery without locks
                // (SQL Server under READ COMMITTED) re-checks it on each row once it holds the row's lock, so two
                // passes that picked the same rows cannot both take them.
                $"""
                UPDATE webhook_deliveries SET lease_owner = @Owner, lease_until = @Until
                WHERE id IN ({due}) AND status = 'pending' AND (lease_until IS NULL OR lease_until < @Now)
                """,
                new { Owner = lease, Until = until, Now = now, Batch = options.Value.Webhooks.BatchSize }, unit.Transaction);
            return (await unit.Connection.QueryAsync<LeasedDelivery>(
                """
                SELECT d.id AS Id, w.url AS Url, w.secret AS Secret, e.id AS EventId, e.type AS EventType, e.occurred_at AS OccurredAt,
                       e.payload AS Payload, d.attempts AS Attempts, d.created_at AS CreatedAt
                FROM webhook_deliveries d
                JOIN webhooks w ON w.id = d.webhook_id
                JOIN outbox_events e ON e.id = d.event_id
                WHERE d.lease_owner = @Owner AND d.status = 'pending'
                ORDER BY d.id
                """, new { Owner = lease }, unit.Transaction)).ToList();
        }, cancellationToken);
    }

    private Task RecordAsync(string lease, LeasedDelivery delivery, DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var attempts = delivery.Attempts + 1;
        var expired = now - delivery.CreatedAt >= TimeSpan.FromHours(options.Value.Webhooks.RetryHours);
        var status = attempt.Delivered ? "delivered" : expired ? "failed" : "pending";
        if (status == "failed")
        {
            logger.LogWarning("Webhook delivery {DeliveryId} failed for good after {Attempts} attempts", delivery.Id, attempts);
        }
        return database.WriteAsync(unit => unit.Connection.ExecuteAsync(
            """
            UPDATE webhook_deliveries
            SET status = @Status, attempts = @Attempts, next_attempt_at = @Next, lease_owner = NULL, lease_until = NULL,
                last_status_code = @StatusCode, last_error = @Error, delivered_at = @DeliveredAt
            WHERE id = @Id AND lease_owner = @Owner
            """,
            new
            {
                delivery.Id,
                Status = status,
                Attempts = attempts,
                Next = now + RetrySchedule.After(attempts, attempt.RetryAfter),
                attempt.StatusCode,
                attempt.Error,
                DeliveredAt = attempt.Delivered ? now : (DateTimeOffset?)null,
                Owner = lease,
            }, unit.Transaction), cancellationToken);
    }
}
