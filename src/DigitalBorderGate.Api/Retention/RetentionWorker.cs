using DigitalBorderGate.Api.Hosting;
using DigitalBorderGate.Api.Settings;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Retention;

/// <summary>
/// Sweeps once the database is ready, then every <see cref="RetentionOptions.IntervalMinutes"/> on the application's
/// clock. Instances sharing a database may all sweep: a row is deleted once, whoever gets to it.
/// </summary>
internal sealed class RetentionWorker(RetentionSweep sweep, TimeProvider clock, IOptions<BorderGateOptions> options, DatabaseReadiness readiness,
    DatabaseOutageLog outages, ILogger<RetentionWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan NotReadyWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan OutageWait = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Retention;
        if (!settings.Enabled)
        {
            return;
        }
        var interval = TimeSpan.FromMinutes(Math.Max(1, settings.IntervalMinutes));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!readiness.IsReady)
                {
                    await Task.Delay(NotReadyWait, stoppingToken);
                    continue;
                }
                Report(await sweep.RunAsync(stoppingToken));
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (DatabaseOutage.Caused(exception))
            {
                // The database is away; what is due now is still due at the next sweep. The outage is logged once.
                outages.ProbeFailed(exception);
                await Task.Delay(OutageWait, stoppingToken);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Retention sweep failed");
                await Task.Delay(OutageWait, stoppingToken);
            }
        }
    }

    private void Report(RetentionResult result)
    {
        if (result.Total > 0)
        {
            logger.LogInformation("Retention purged {IdempotencyRecords} idempotency records, {Deliveries} webhook deliveries and {Events} events",
                result.IdempotencyRecords, result.Deliveries, result.Events);
        }
    }
}
