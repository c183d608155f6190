namespace DigitalBorderGate.Api.Notifications;

/// <summary>Where a delivery stands: waiting (and retried) until delivered, failed for good, or cancelled with its webhook.</summary>
internal enum DeliveryStatus { Pending, Delivered, Failed, Cancelled }

/// <summary>
/// The webhook deliveries: the only code that reads or writes <c>webhook_deliveries</c>. Deliveries are enqueued with
/// their event, leased and recorded by the dispatcher, and listed, counted, cancelled or put back in line for their owner.
/// </summary>
internal static class DeliveryQueue
{
    private static readonly string Pending = EnumText.Of(DeliveryStatus.Pending);

    public static Task EnqueueAsync(UnitOfWork unit, IEnumerable<Guid> webhookIds, long eventId, Guid declarationId, DateTimeOffset now) =>
        unit.Connection.ExecuteAsync(
            """
            INSERT INTO webhook_deliveries (webhook_id, event_id, declaration_id, status, attempts, created_at, next_attempt_at)
            VALUES (@WebhookId, @EventId, @DeclarationId, @Pending, 0, @Now, @Now)
            """,
            webhookIds.Select(webhookId => new { WebhookId = webhookId, EventId = eventId, DeclarationId = declarationId, Pending, Now = now }),
            unit.Transaction);

    public static Task CancelPendingAsync(UnitOfWork unit, Guid webhookId) =>
        unit.Connection.ExecuteAsync("UPDATE webhook_deliveries SET status = @Cancelled WHERE webhook_id = @Id AND status = @Pending",
            new { Id = webhookId, Cancelled = EnumText.Of(DeliveryStatus.Cancelled), Pending }, unit.Transaction);

    /// <summary>How many of a webhook's deliveries stand in each status (statuses without any are left out).</summary>
    public static Task<IReadOnlyDictionary<string, int>> CountsAsync(Database database, Guid webhookId, CancellationToken ct) =>
        database.ReadAsync(async c => (IReadOnlyDictionary<string, int>)(await c.QueryAsync<StatusCount>(
            "SELECT status AS Status, COUNT(*) AS Count FROM webhook_deliveries WHERE webhook_id = @Id GROUP BY status", new { Id = webhookId }))
            .ToDictionary(row => row.Status, row => row.Count), ct);

    /// <summary>A webhook's deliveries, newest first, before the delivery <paramref name="before"/> when given.</summary>
    public static async Task<IReadOnlyList<DeliveryRecord>> ListAsync(Database database, Guid webhookId, DeliveryStatus? status, long? before, int take, CancellationToken ct) =>
        (await database.ReadAsync(c => c.QueryAsync<DeliveryRecord>(database.Dialect.Limit(
            """
            SELECT d.id AS Id, d.event_id AS EventId, e.type AS EventType, d.declaration_id AS DeclarationId, d.status AS Status,
                   d.attempts AS Attempts, d.last_status_code AS LastStatusCode, d.last_error AS LastError, d.created_at AS CreatedAt,
                   d.next_attempt_at AS NextAttemptAt, d.delivered_at AS DeliveredAt
            FROM webhook_deliveries d JOIN outbox_events e ON e.id = d.event_id
            WHERE d.webhook_id = @Id AND (@Status IS NULL OR d.status = @Status) AND (@Before IS NULL OR d.id < @Before)
            ORDER BY d.id DESC
            """, "@Take"), new { Id = webhookId, Status = status is { } given ? EnumText.Of(given) : null, Before = before, Take = take }), ct)).ToList();

    /// <summary>Puts a delivery back in line at once, with a new retry window. False when the webhook has no such delivery.</summary>
    public static Task<bool> RedeliverAsync(Database database, Guid webhookId, long deliveryId, DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync(async unit => await unit.Connection.ExecuteAsync(
            """
            UPDATE webhook_deliveries
            SET status = @Pending, attempts = 0, created_at = @Now, next_attempt_at = @Now, lease_owner = NULL, lease_until = NULL, delivered_at = NULL
            WHERE id = @Id AND webhook_id = @WebhookId AND status <> @Cancelled
            """, new { Id = deliveryId, WebhookId = webhookId, Now = now, Pending, Cancelled = EnumText.Of(DeliveryStatus.Cancelled) }, unit.Transaction) > 0, ct);

    /// <summary>
    /// Leases up to <paramref name="batch"/> due deliveries to <paramref name="owner"/> and returns them. Per subscription
    /// and declaration only the oldest pending delivery is due, which keeps each declaration's events in order.
    /// </summary>
    public static Task<List<LeasedDelivery>> LeaseAsync(Database database, string owner, DateTimeOffset now, DateTimeOffset until, int batch, CancellationToken ct)
    {
        var due = database.Dialect.Limit(
            """
            SELECT d.id FROM webhook_deliveries d
            WHERE d.status = @Pending AND d.next_attempt_at <= @Now AND (d.lease_until IS NULL OR d.lease_until < @Now)
              AND NOT EXISTS (SELECT 1 FROM webhook_deliveries earlier
                              WHERE earlier.webhook_id = d.webhook_id AND earlier.declaration_id = d.declaration_id
                                AND earlier.status = @Pending AND earlier.event_id < d.event_id)
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
                WHERE id IN ({due}) AND status = @Pending AND (lease_until IS NULL OR lease_until < @Now)
                """,
                new { Owner = owner, Until = until, Now = now, Batch = batch, Pending }, unit.Transaction);
            return (await unit.Connection.QueryAsync<LeasedDelivery>(
                """
                SELECT d.id AS Id, d.webhook_id AS WebhookId, w.url AS Url, w.secret AS Secret, e.id AS EventId, e.type AS EventType, e.occurred_at AS OccurredAt,
                       e.payload AS Payload, d.attempts AS Attempts, d.created_at AS CreatedAt
                FROM webhook_deliveries d
                JOIN webhooks w ON w.id = d.webhook_id
                JOIN outbox_events e ON e.id = d.event_id
                WHERE d.lease_owner = @Owner AND d.status = @Pending
                ORDER BY d.id
                """, new { Owner = owner, Pending }, unit.Transaction)).ToList();
        }, ct);
    }

    /// <summary>Records an attempt on a delivery still leased to <paramref name="owner"/>, and releases the lease.</summary>
    public static Task RecordAsync(Database database, string owner, long deliveryId, DeliveryStatus status, int attempts, DateTimeOffset nextAttemptAt,
        DeliveryAttempt attempt, DateTimeOffset? deliveredAt, CancellationToken ct) =>
        database.WriteAsync(unit => unit.Connection.ExecuteAsync(
            """
            UPDATE webhook_deliveries
            SET status = @Status, attempts = @Attempts, next_attempt_at = @Next, lease_owner = NULL, lease_until = NULL,
                last_status_code = @StatusCode, last_error = @Error, delivered_at = @DeliveredAt
            WHERE id = @Id AND lease_owner = @Owner
            """,
            new
            {
                Id = deliveryId,
                Status = EnumText.Of(status),
                Attempts = attempts,
                Next = nextAttemptAt,
                attempt.StatusCode,
                attempt.Error,
                DeliveredAt = deliveredAt,
                Owner = owner,
            }, unit.Transaction), ct);

    /// <summary>Releases a delivery that was not sent, due again at <paramref name="dueAt"/>, its attempts and last answer unchanged.</summary>
    public static Task PostponeAsync(Database database, string owner, long deliveryId, DateTimeOffset dueAt, CancellationToken ct) =>
        database.WriteAsync(unit => unit.Connection.ExecuteAsync(
            "UPDATE webhook_deliveries SET next_attempt_at = @Due, lease_owner = NULL, lease_until = NULL WHERE id = @Id AND lease_owner = @Owner",
            new { Id = deliveryId, Due = dueAt, Owner = owner }, unit.Transaction), ct);

    /// <summary>Makes every pending delivery of a webhook that waits in its backoff due at <paramref name="now"/>.</summary>
    public static Task ResumeAsync(Database database, Guid webhookId, DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync(unit => unit.Connection.ExecuteAsync(
            "UPDATE webhook_deliveries SET next_attempt_at = @Now WHERE webhook_id = @WebhookId AND status = @Pending AND next_attempt_at > @Now",
            new { WebhookId = webhookId, Now = now, Pending }, unit.Transaction), ct);

    private sealed class StatusCount
    {
        public string Status { get; set; } = "";
        public int Count { get; set; }
    }
}

/// <summary>A delivery as its owner sees it: the event, the attempts so far and the receiver's last answer.</summary>
internal sealed class DeliveryRecord
{
    public long Id { get; set; }
    public long EventId { get; set; }
    public string EventType { get; set; } = "";
    public Guid DeclarationId { get; set; }
    public string Status { get; set; } = "";
    public int Attempts { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}
