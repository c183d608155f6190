using Dapper;
using Microsoft.Data.Sqlite;

namespace DigitalBorderGate.Api.Tests.Features.Units.Queue;

/// <summary>The queue's counts come from counters kept with each change; after any mix of changes they equal a recount.</summary>
public sealed class QueueCounterTests : IDisposable
{
    private static readonly string[] Gates = ["HUU_NGHI", "COC_NAM", "TAN_THANH"];
    private static readonly string[] Officers = ["dbg_demo_officer_huu_nghi", "dbg_demo_officer_coc_nam", "dbg_demo_officer_tan_thanh", "dbg_demo_officer_control_ls"];
    private static readonly object[] Actions =
    [
        new { action = "confirmArrival" },
        new { action = "confirmArrival" },
        new { action = "confirmYardEntry" },
        new { action = "confirmYardEntry" },
        new { action = "startInspection", channel = "green", checks = new { quarantine = "notRequired", feePaid = true } },
        new { action = "startInspection", channel = "red" },
        new { action = "clear", checks = new { documents = "passed", physicalInspection = "passed", quarantine = "passed", feePaid = true } },
        new { action = "confirmExit" },
        new { action = "hold", note = "Kiểm tra thêm" },
        new { action = "hold", referToUnitCode = "CONTROL_LS", note = "Nghi vấn khai sai hàng" },
        new { action = "release" },
        new { action = "release" },
        new { action = "reject", note = "Sai chứng từ" },
        new { action = "turnBack", note = "Quay đầu" },
        new { action = "cancel" },
    ];

    private readonly BorderGateApp app = new();

    [Fact]
    public async Task Counts_equal_a_full_recount_after_a_random_mix_of_transitions()
    {
        var random = new Random(20261123);
        var declarant = app.As(DemoKey.DeclarantA);
        var ids = new List<string>();
        foreach (var i in Enumerable.Range(0, 12))
        {
            ids.Add((await declarant.SubmitAsync(Bodies.ValidSubmission(gate: Gates[i % Gates.Length]))).Id());
        }
        var clients = Officers.Select(key => app.ClientWithKey(key)).Append(declarant).ToList();
        var applied = 0;
        for (var step = 0; step < 100; step++)
        {
            var id = ids[random.Next(ids.Count)];
            var action = Actions[random.Next(Actions.Length)];
            // Whoever the action belongs to: the unit holding the declaration, the Control team, or its declarant.
            var answers = await Task.WhenAll(clients.Select(client => client.TransitionAsync(id, action)));
            applied += answers.Count(answer => answer.IsSuccessStatusCode);
        }
        Assert.True(applied >= 20, $"Only {applied} transitions applied; the mix would not exercise the counters.");

        await using var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();
        var recount = (await connection.QueryAsync<(string Unit, string Status, long Count)>(
            "SELECT queue_unit_code, status, COUNT(*) FROM declarations WHERE is_open = 1 GROUP BY queue_unit_code, status")).ToHashSet();
        var counters = (await connection.QueryAsync<(string Unit, string Status, long Count)>(
            "SELECT queue_unit_code, status, open_count FROM queue_counts WHERE open_count <> 0")).ToHashSet();
        Assert.Equal(recount.Order(), counters.Order());

        var branch = app.As(DemoKey.BranchOfficer);
        foreach (var unit in new[] { "HUU_NGHI", "COC_NAM", "TAN_THANH", "CONTROL_LS" })
        {
            var counts = (await (await branch.GetAsync($"/api/v1/units/{unit}/queue?limit=1")).ReadJsonAsync()).GetProperty("counts");
            var filtered = (await (await branch.GetAsync($"/api/v1/units/{unit}/queue?limit=1&status=submitted")).ReadJsonAsync()).GetProperty("counts");
            foreach (var status in counts.EnumerateObject())
            {
                var expected = recount.Where(r => r.Unit == unit && r.Status == status.Name).Sum(r => r.Count);
                Assert.Equal(expected, status.Value.GetInt64());
                Assert.Equal(expected, filtered.GetProperty(status.Name).GetInt64());
            }
        }
    }

    public void Dispose() => app.Dispose();
}
