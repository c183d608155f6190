using System.Data.Common;
using Dapper;
using DigitalBorderGate.Api.Data;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalBorderGate.Api.Tests.Data.Durability;

public sealed class GroupCommitTests : IClassFixture<BorderGateApp>
{
    private const int Units = 20;
    private const int FailingUnit = 7;
    private readonly BorderGateApp app;

    public GroupCommitTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task Units_that_wait_together_share_one_commit_and_a_failing_one_rolls_back_alone()
    {
        var database = app.Services.GetRequiredService<Database>();
        await database.WriteAsync(unit => unit.Connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS group_commit_probe (id INTEGER PRIMARY KEY, unit INTEGER NOT NULL)", transaction: unit.Transaction), CancellationToken.None);

        // The first unit holds the writer until every other unit is queued behind it, so those run as one group.
        var writerBusy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = database.WriteAsync(async unit =>
        {
            writerBusy.SetResult();
            await release.Task;
            return unit.Transaction;
        }, CancellationToken.None);
        await writerBusy.Task;
        var units = Enumerable.Range(0, Units).Select(i => database.WriteAsync(async unit =>
        {
            await unit.Connection.ExecuteAsync("INSERT INTO group_commit_probe (id, unit) VALUES (@Id, @Unit)",
                new { Id = 1000 + i, Unit = i }, unit.Transaction);
            if (i == FailingUnit)
            {
                throw new InvalidOperationException("This unit fails after its first write.");
            }
            return unit.Transaction;
        }, CancellationToken.None)).ToList();
        release.SetResult();
        await blocker;

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => units[FailingUnit]);
        Assert.Equal("This unit fails after its first write.", failure.Message);
        var transactions = new List<DbTransaction>();
        foreach (var unit in units.Where((_, i) => i != FailingUnit))
        {
            transactions.Add(await unit);
        }
        Assert.Single(transactions.Distinct());
        var stored = (await database.ReadAsync(c => c.QueryAsync<long>("SELECT unit FROM group_commit_probe ORDER BY unit"), CancellationToken.None)).ToList();
        Assert.Equal(Enumerable.Range(0, Units).Where(i => i != FailingUnit).Select(i => (long)i), stored);
    }
}
