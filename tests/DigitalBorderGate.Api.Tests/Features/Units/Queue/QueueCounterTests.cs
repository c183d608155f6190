using Dapper;
using DigitalBorderGate.Client;
using Microsoft.Data.Sqlite;

namespace DigitalBorderGate.Api.Tests.Features.Units.Queue;

/// <summary>The queue's counts come from counters kept with each change; after any mix of changes they equal a recount.</summary>
public sealed class QueueCounterTests : IDisposable
{
    private static readonly string[] Gates = ["HUU_NGHI", "COC_NAM", "TAN_THANH"];
    private static readonly string[] Officers = ["dbg_demo_officer_huu_nghi", "dbg_demo_officer_coc_nam", "dbg_demo_officer_tan_thanh", "dbg_demo_officer_control_ls"];
    private static readonly ApplyTransitionRequest[] Actions =
    [
        new() { Action = DeclarationAction.ConfirmArrival },
        new() { Action = DeclarationAction.ConfirmArrival },
        new() { Action = DeclarationAction.ConfirmYardEntry },
        new() { Action = DeclarationAction.ConfirmYardEntry },
        new()
        {
            Action = DeclarationAction.StartInspection,
            Channel = ApplyTransitionRequestChannel.Green,
            Checks = new ChecksUpdate { Quarantine = QuarantineResult.NotRequired, FeePaid = true },
        },
        new() { Action = DeclarationAction.StartInspection, Channel = ApplyTransitionRequestChannel.Red },
        new()
        {
            Action = DeclarationAction.Clear,
            Checks = new ChecksUpdate { Documents = CheckResult.Passed, PhysicalInspection = CheckResult.Passed, Quarantine = QuarantineResult.Passed, FeePaid = true },
        },
        new() { Action = DeclarationAction.ConfirmExit },
        new() { Action = DeclarationAction.Hold, Note = "Kiểm tra thêm" },
        new() { Action = DeclarationAction.Hold, ReferToUnitCode = "CONTROL_LS", Note = "Nghi vấn khai sai hàng" },
        new() { Action = DeclarationAction.Release },
        new() { Action = DeclarationAction.Release },
        new() { Action = DeclarationAction.Reject, Note = "Sai chứng từ" },
        new() { Action = DeclarationAction.TurnBack, Note = "Quay đầu" },
        new() { Action = DeclarationAction.Cancel },
    ];

    private readonly BorderGateApp app = new();

    [Fact]
    public async Task Counts_equal_a_full_recount_after_a_random_mix_of_transitions()
    {
        var random = new Random(20261123);
        var declarant = app.Client(DemoKey.DeclarantA);
        var ids = new List<Guid>();
        foreach (var i in Enumerable.Range(0, 12))
        {
            ids.Add((await declarant.SubmitDeclarationAsync(Drafts.Valid(gate: Gates[i % Gates.Length]))).Id);
        }
        var clients = Officers.Select(key => app.Client(new DemoKey(key))).Append(declarant).ToList();
        var applied = 0;
        for (var step = 0; step < 100; step++)
        {
            var id = ids[random.Next(ids.Count)];
            var action = Actions[random.Next(Actions.Length)];
            // Whoever the action belongs to: the unit holding the declaration, the Control team, or its declarant.
            // The client throws on every answer but a success, so an action applied is a call that threw nothing.
            var refusals = await Task.WhenAll(clients.Select(client => Record.ExceptionAsync(() => client.ApplyTransitionAsync(id, action))));
            applied += refusals.Count(refusal => refusal is null);
        }
        Assert.True(applied >= 20, $"Only {applied} transitions applied; the mix would not exercise the counters.");

        await using var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();
        var recount = (await connection.QueryAsync<(string Unit, string Status, long Count)>(
            "SELECT queue_unit_code, status, COUNT(*) FROM declarations WHERE is_open = 1 GROUP BY queue_unit_code, status")).ToHashSet();
        var counters = (await connection.QueryAsync<(string Unit, string Status, long Count)>(
            "SELECT queue_unit_code, status, open_count FROM queue_counts WHERE open_count <> 0")).ToHashSet();
        Assert.Equal(recount.Order(), counters.Order());

        var branch = app.Client(DemoKey.BranchOfficer);
        foreach (var unit in new[] { "HUU_NGHI", "COC_NAM", "TAN_THANH", "CONTROL_LS" })
        {
            var counts = (await branch.GetUnitQueueAsync(unit, limit: 1)).Counts;
            var filtered = (await branch.GetUnitQueueAsync(unit, status: DeclarationStatus.Submitted, limit: 1)).Counts;
            foreach (var (status, count) in counts)
            {
                var expected = recount.Where(r => r.Unit == unit && r.Status == status).Sum(r => r.Count);
                Assert.Equal(expected, count);
                Assert.Equal(expected, filtered[status]);
            }
        }
    }

    public void Dispose() => app.Dispose();
}
