using System.Data.Common;
using Dapper;
using DigitalBorderGate.Api.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalBorderGate.Api.Hosting;

/// <summary>Ready means the database answers a query, checked without the retry pipeline so an outage shows at once.</summary>
public sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>("SELECT 1");
            return HealthCheckResult.Healthy();
        }
        catch (DbException exception)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }
}
