using System.Data.Common;
using Dapper;
using DigitalBorderGate.Api.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalBorderGate.Api.Hosting;

/// <summary>
/// Whether the database can commit a write: one row updated and committed, without the retry pipeline so that a
/// fault shows at once. A full disk or a read-only file fails it where <c>SELECT 1</c> would not. Probes are
/// frequent and come from anyone, so the answer is kept for a few seconds and only one probe writes at a time.
/// </summary>
public sealed class DatabaseWriteProbe(Database database, TimeProvider clock, DatabaseOutageLog outages)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

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
}
