namespace DigitalBorderGate.Api.Hosting;

/// <summary>
/// Brings the database up to date. The first attempt runs before the server starts; if the database cannot be
/// reached then, the process stays up (live, not ready) and this service keeps trying with backoff until it can.
/// </summary>
internal sealed class DatabaseInitializer(StartupTasks tasks, DatabaseReadiness readiness, ILogger<DatabaseInitializer> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public async Task<bool> TryInitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await tasks.RunAsync(cancellationToken);
            readiness.MarkReady();
            return true;
        }
        // Configuration mistakes (a broken seed file, say) are not outages: they stop the start-up with their message.
        catch (Exception exception) when (DatabaseOutage.Caused(exception) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The database cannot be reached yet ({Reason}); the API answers 503 until it can", exception.GetBaseException().Message);
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!readiness.IsReady && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(backoff, stoppingToken);
            if (await TryInitializeAsync(stoppingToken))
            {
                logger.LogInformation("The database is reachable again; the API is ready");
                return;
            }
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
        }
    }
}
