using System.Data.Common;
using Dapper;
using DigitalBorderGate.Api.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalBorderGate.Api.Hosting;

/// <summary>Ready means the database answers a query, checked without the retry pipeline so an outage shows at once.</summary>
public sealed class DatabaseHealthCheck(Database database, DatabaseReadiness readiness) : IHealthCheck
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsReady)
        {
            return HealthCheckResult.Unhealthy("The database has not been initialised yet.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        try
        {
            await using var connection = await database.OpenAsync(timeout.Token);
            await connection.ExecuteScalarAsync<int>("SELECT 1");
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is DbException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }
}
