using Dapper;
using DigitalBorderGate.Api.Data;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalBorderGate.Api.Tests.Data.Durability;

public sealed class DurabilitySettingTests : IClassFixture<BorderGateApp>
{
    private const int SynchronousFull = 2;
    private const int TempStoreMemory = 2;
    private readonly BorderGateApp app;

    public DurabilitySettingTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task Every_connection_the_app_uses_flushes_each_commit_to_disk_in_wal_mode_and_journals_savepoints_in_memory()
    {
        using var client = app.As(DemoKey.DeclarantA);
        await client.SubmitAsync(Bodies.ValidSubmission());
        var database = app.Services.GetRequiredService<Database>();

        // Several connections at once, so the pool has to hand out more than one native connection.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var readers = Enumerable.Range(0, 4).Select(_ => database.ReadAsync(async connection =>
        {
            var settings = await SettingsAsync(connection, null);
            await gate.Task;
            return settings;
        }, CancellationToken.None)).ToList();
        var writer = database.WriteAsync(unit => SettingsAsync(unit.Connection, unit.Transaction), CancellationToken.None);
        gate.SetResult();

        foreach (var (synchronous, journalMode, tempStore) in (await Task.WhenAll(readers)).Append(await writer))
        {
            Assert.Equal(SynchronousFull, synchronous);
            Assert.Equal("wal", journalMode);
            Assert.Equal(TempStoreMemory, tempStore);
        }
    }

    private static async Task<(long Synchronous, string JournalMode, long TempStore)> SettingsAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction) =>
        (await connection.ExecuteScalarAsync<long>("PRAGMA synchronous", transaction: transaction),
         (await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode", transaction: transaction))!,
         await connection.ExecuteScalarAsync<long>("PRAGMA temp_store", transaction: transaction));
}
