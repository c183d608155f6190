using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalBorderGate.Api.Hosting;

/// <summary>Ready means the database is initialised and can commit a write now (see <see cref="DatabaseWriteProbe"/>).</summary>
internal sealed class DatabaseHealthCheck(DatabaseReadiness readiness, DatabaseWriteProbe probe) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        readiness.IsReady
            ? probe.CheckAsync(cancellationToken)
            : Task.FromResult(HealthCheckResult.Unhealthy("The database has not been initialised yet."));
}
