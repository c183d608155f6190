using Dapper;
using DigitalBorderGate.Api.Retention;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalBorderGate.Api.Tests.Retention;

/// <summary>Retention sweeps a test runs itself (the in-process API's own worker is off), and what is left after them.</summary>
internal static class RetentionSweeps
{
    public static Task<RetentionResult> SweepAsync(this BorderGateApp app) =>
        app.Services.GetRequiredService<RetentionSweep>().RunAsync(CancellationToken.None);

    public static async Task<long> RowsAsync(this BorderGateApp app, string table)
    {
        await using var connection = new SqliteConnection(app.ConnectionString);
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }
}
