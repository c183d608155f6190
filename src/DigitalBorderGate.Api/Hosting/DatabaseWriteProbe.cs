using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalBorderGate.Api.Hosting;

/// <summary>
/// Whether the database can commit a write: one row updated and committed, without the retry pipeline so that a
/// fault shows at once. A read-only file fails it where <c>SELECT 1</c> would not. A full disk may not: SQLite reuses
/// the space its write-ahead log already holds, so one small update can still commit where a declaration cannot;
/// for an embedded database the probe therefore also wants <see cref="MinimumFreeBytes"/> free on its disk. Probes
/// are frequent and come from anyone, so the answer is kept for a few seconds and only one probe writes at a time.
/// </summary>
internal sealed class DatabaseWriteProbe(Database database, TimeProvider clock, DatabaseOutageLog outages)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    /// <summary>Room for the write-ahead log to grow by a busy minute's declarations and for a checkpoint.</summary>
    public const long MinimumFreeBytes = 4 * 1024 * 1024;

    private readonly string? localFolder = database.Engine.LocalFolder(database.ConnectionString);

    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private (DateTimeOffset At, HealthCheckResult Result)? last;

    public async Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            // Another probe may have written while this one waited.
            if (Fresh() is { } justChecked)
            {
                return justChecked;
            }
            var result = await WriteAsync(cancellationToken);
            last = (clock.GetUtcNow(), result);
            return result;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private HealthCheckResult? Fresh() =>
        last is { } known && clock.GetUtcNow() - known.At < CacheFor && clock.GetUtcNow() >= known.At ? known.Result : null;

    private async Task<HealthCheckResult> WriteAsync(CancellationToken cancellationToken)
    {
        if (FreeBytes() is { } free && free < MinimumFreeBytes)
        {
            outages.ProbeFailed(new IOException($"only {free} bytes are free on the database's disk"));
            return HealthCheckResult.Unhealthy("The database's disk is full.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        try
        {
            await using var connection = await database.OpenAsync(timeout.Token);
            await using var transaction = await connection.BeginTransactionAsync(timeout.Token);
            await connection.ExecuteAsync(new CommandDefinition("UPDATE health_probe SET checked_at = @Now WHERE id = 1",
                new { Now = clock.GetUtcNow() }, transaction, cancellationToken: timeout.Token));
            await transaction.CommitAsync(timeout.Token);
            outages.Answered();
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is DbException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            outages.ProbeFailed(exception);
            return HealthCheckResult.Unhealthy("The database cannot commit a write.");
        }
    }

    private long? FreeBytes()
    {
        if (localFolder is null)
        {
            return null;
        }
        try
        {
            return new DriveInfo(localFolder).AvailableFreeSpace;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // The write below still tells whether the database can commit.
            return null;
        }
    }
}
