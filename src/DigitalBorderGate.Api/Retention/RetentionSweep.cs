using DigitalBorderGate.Api.Features.Declarations;
using DigitalBorderGate.Api.Notifications;
using DigitalBorderGate.Api.Settings;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Retention;

/// <summary>How many rows of each kind one sweep deleted.</summary>
internal sealed record RetentionResult(int IdempotencyRecords, int Deliveries, int Events)
{
    public int Total => IdempotencyRecords + Deliveries + Events;
}

/// <summary>
/// One pass of the retention rules: idempotency records past their replay window, then webhook deliveries that are
/// over and older than the retention age, then events as old that no delivery refers to any more. Each table is
/// purged in small batches, each its own unit of work, so a sweep never holds the single writer for long.
/// </summary>
internal sealed class RetentionSweep(Database database, TimeProvider clock, IOptions<BorderGateOptions> options)
{
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var windowStart = now.AddHours(-settings.Declarations.IdempotencyRetentionHours);
        var ageLimit = now.AddDays(-settings.Retention.EventDays);
        var records = await PurgeAsync((unit, batch) => IdempotencyRecords.PurgeAsync(unit, windowStart, batch), cancellationToken);
        var deliveries = await PurgeAsync((unit, batch) => DeliveryQueue.PurgeFinishedAsync(unit, ageLimit, batch), cancellationToken);
        var events = await PurgeAsync((unit, batch) => DeclarationJournal.PurgeEventsAsync(unit, ageLimit, batch), cancellationToken);
        return new RetentionResult(records, deliveries, events);
    }

    private async Task<int> PurgeAsync(Func<UnitOfWork, int, Task<int>> purgeBatch, CancellationToken cancellationToken)
    {
        var settings = options.Value.Retention;
        var batch = Math.Max(1, settings.BatchSize);
        var total = 0;
        while (true)
        {
            var deleted = await database.WriteAsync(unit => purgeBatch(unit, batch), cancellationToken);
            total += deleted;
            if (deleted < batch)
            {
                return total;
            }
            // Real time, whatever the application's clock: the pause lets the writes waiting now commit without this work.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(0, settings.PauseMilliseconds)), cancellationToken);
        }
    }
}
