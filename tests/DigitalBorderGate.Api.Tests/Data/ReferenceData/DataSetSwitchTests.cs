using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace DigitalBorderGate.Api.Tests.Data.ReferenceData;

/// <summary>The branch's structure is data: switching the configured data set changes routing with no code change.</summary>
public sealed class DataSetSwitchTests
{
    private const string July2025 = "region-vi-2025-07-01";

    [Fact]
    public async Task Under_the_july_2025_structure_cao_bang_gates_are_no_longer_served()
    {
        using var app = new BorderGateApp(July2025);
        var client = app.As(DemoKey.DeclarantA);

        var problem = await (await client.PostSubmissionAsync(Bodies.ValidSubmission(gate: "TA_LUNG"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([("/borderGateCode", "borderGate.notServed")], problem.Errors());

        var units = (await (await client.GetAsync("/api/v1/units")).ReadJsonAsync()).GetProperty("items");
        Assert.Equal(11, units.GetArrayLength());
        var created = await client.SubmitAsync(Bodies.ValidSubmission(gate: "HUU_NGHI"));
        Assert.Equal("HUU_NGHI", created.GetProperty("routing").GetProperty("unitCode").GetString());
    }

    [Fact]
    public async Task Switching_an_existing_database_reloads_once_and_keeps_earlier_declarations()
    {
        var folder = BorderGateApp.NewFolder();
        string declarationId;
        using (var march = new BorderGateApp(null, folder))
        {
            var created = await march.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission(gate: "TA_LUNG"));
            declarationId = created.GetProperty("id").GetString()!;
        }
        using (var again = new BorderGateApp(null, folder))
        {
            _ = again.Server; // a restart with the same data set loads nothing new
        }
        using (var july = new BorderGateApp(July2025, folder))
        {
            var client = july.As(DemoKey.DeclarantA);
            await (await client.PostSubmissionAsync(Bodies.ValidSubmission(gate: "TA_LUNG"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
            var response = await client.GetAsync($"/api/v1/declarations/{declarationId}");
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            var kept = await response.ReadJsonAsync();
            Assert.Equal("TA_LUNG", kept.GetProperty("routing").GetProperty("unitCode").GetString());
        }
        SqliteConnection.ClearAllPools();

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "bordergate.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(data_set, ',') FROM (SELECT data_set FROM reference_data_loads ORDER BY id)";
        Assert.Equal($"region-vi-2025-03-15,{July2025}", (string?)await command.ExecuteScalarAsync());
        await connection.CloseAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Switching_to_july_2025_transfers_open_cao_bang_declarations_to_region_xvi_and_keeps_lang_son_ones_in_their_queue()
    {
        var folder = BorderGateApp.NewFolder();
        string caoBang, langSon, closed;
        using (var march = new BorderGateApp(null, folder))
        {
            var owner = march.As(DemoKey.DeclarantA);
            caoBang = (await owner.SubmitAsync(Bodies.ValidSubmission(gate: "TA_LUNG"))).Id();
            await march.As(DemoKey.TaLungOfficer).ActAsync(caoBang, new { action = "confirmArrival" });
            langSon = (await owner.SubmitAsync(Bodies.ValidSubmission(gate: "HUU_NGHI"))).Id();
            closed = (await owner.SubmitAsync(Bodies.ValidSubmission(gate: "TRA_LINH"))).Id();
            await owner.ActAsync(closed, new { action = "cancel" });
        }
        using (var july = new BorderGateApp(July2025, folder))
        {
            var owner = july.As(DemoKey.DeclarantA);
            var transferred = await (await owner.GetAsync($"/api/v1/declarations/{caoBang}")).ReadJsonAsync();
            Assert.Equal("transferred", transferred.Status());
            var to = transferred.GetProperty("routing").GetProperty("transferredTo");
            Assert.Equal("REGION_XVI", to.GetProperty("branchCode").GetString());
            Assert.Contains("Chi cục Hải quan khu vực XVI", to.GetProperty("reasonVi").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await july.As(DemoKey.BranchOfficer).GetAsync($"/api/v1/declarations/{caoBang}")).StatusCode);

            var history = (await (await owner.GetAsync($"/api/v1/declarations/{caoBang}/history")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
            var last = history[^1];
            Assert.Equal(("transfer", "atGate", "transferred", "system"), (last.GetProperty("action").GetString(), last.GetProperty("fromStatus").GetString(),
                last.GetProperty("toStatus").GetString(), last.GetProperty("actor").GetProperty("role").GetString()));
            var feed = (await (await owner.GetAsync("/api/v1/events?limit=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
            Assert.Contains(feed, e => e.GetProperty("data").GetProperty("declarationId").GetString() == caoBang
                && e.GetProperty("data").GetProperty("toStatus").GetString() == "transferred");

            Assert.Equal("cancelled", (await (await owner.GetAsync($"/api/v1/declarations/{closed}")).ReadJsonAsync()).Status());
            var queue = (await (await july.As(DemoKey.HuuNghiOfficer).GetAsync("/api/v1/units/HUU_NGHI/queue?limit=200")).ReadJsonAsync()).GetProperty("items");
            Assert.Contains(langSon, queue.EnumerateArray().Select(item => item.Id()));
            Assert.Equal("atGate", (await july.As(DemoKey.HuuNghiOfficer).ActAsync(langSon, new { action = "confirmArrival" })).Status());

            var refusal = await (await owner.PostSubmissionAsync(Bodies.ValidSubmission(gate: "TRA_LINH"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("REGION_XVI", refusal.GetProperty("servedBy").GetProperty("code").GetString());
            Assert.All(refusal.GetProperty("alternatives").EnumerateArray(), a => Assert.Equal("Lạng Sơn", a.GetProperty("province").GetString()));
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_gate_given_to_another_unit_takes_its_open_declarations_with_it_and_says_why()
    {
        var seeds = CopySeedsWith("region-vi-test-po-nhung", data =>
        {
            foreach (var assignment in data["assignments"]!.AsArray().Where(a => (string?)a!["gateCode"] == "PO_NHUNG"))
            {
                assignment!["unitCode"] = "TAN_THANH";
            }
        });
        var folder = BorderGateApp.NewFolder();
        var settings = new Dictionary<string, string?> { ["BorderGate:ReferenceData:SeedsPath"] = seeds };
        string id;
        using (var march = new BorderGateApp(null, folder, settings))
        {
            id = (await march.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission(gate: "PO_NHUNG"))).Id();
        }
        using (var moved = new BorderGateApp("region-vi-test-po-nhung", folder, settings))
        {
            var officer = moved.As(DemoKey.TanThanhOfficer);
            var declaration = await (await officer.GetAsync($"/api/v1/declarations/{id}")).ReadJsonAsync();
            var routing = declaration.GetProperty("routing");
            Assert.Equal(("TAN_THANH", "reorganisation"), (routing.GetProperty("unitCode").GetString(), routing.GetProperty("rule").GetString()));
            Assert.Equal("submitted", declaration.Status());

            var last = (await (await officer.GetAsync($"/api/v1/declarations/{id}/history")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Last();
            var details = last.GetProperty("details");
            Assert.Equal(("reroute", "HUU_NGHI", "TAN_THANH", "reorganisation"), (last.GetProperty("action").GetString(),
                details.GetProperty("fromUnitCode").GetString(), details.GetProperty("toUnitCode").GetString(), details.GetProperty("rule").GetString()));
            Assert.Contains("Tan Thanh Border Gate Customs", details.GetProperty("reason").GetString(), StringComparison.Ordinal);

            var feed = (await (await officer.GetAsync("/api/v1/events?limit=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray();
            Assert.Contains(feed, e => e.GetProperty("type").GetString() == "declaration.rerouted" && e.GetProperty("data").GetProperty("declarationId").GetString() == id);
            Assert.Equal("atGate", (await officer.ActAsync(id, new { action = "confirmArrival" })).Status());
            await (await moved.As(DemoKey.HuuNghiOfficer).GetAsync($"/api/v1/declarations/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        Directory.Delete(seeds, recursive: true);
    }

    // A copy of the shipped seeds with one more data set: July 2025 as changed by the test.
    private static string CopySeedsWith(string dataSet, Action<JsonNode> change)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "seeds");
        var target = Path.Combine(Path.GetTempPath(), "bordergate-tests", "seeds-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        var data = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "reference", July2025, "reference-data.json")))!;
        change(data);
        Directory.CreateDirectory(Path.Combine(target, "reference", dataSet));
        File.WriteAllText(Path.Combine(target, "reference", dataSet, "reference-data.json"), data.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return target;
    }
}
