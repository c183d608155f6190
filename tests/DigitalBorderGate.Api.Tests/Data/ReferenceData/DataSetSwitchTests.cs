using System.Text.Json.Nodes;
using DigitalBorderGate.Client;
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
        var client = app.Client(DemoKey.DeclarantA);

        var problem = await client.SubmitDeclarationAsync(Drafts.Valid(gate: "TA_LUNG")).ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([("/borderGateCode", "borderGate.notServed")], problem.Errors());

        var units = await client.ListUnitsAsync();
        Assert.Equal(11, units.Items.Count);
        var created = await client.SubmitDeclarationAsync(Drafts.Valid(gate: "HUU_NGHI"));
        Assert.Equal("HUU_NGHI", created.Routing.UnitCode);
    }

    [Fact]
    public async Task Switching_an_existing_database_reloads_once_and_keeps_earlier_declarations()
    {
        var folder = BorderGateApp.NewFolder();
        Guid declarationId;
        using (var march = new BorderGateApp(null, folder))
        {
            var created = await march.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(gate: "TA_LUNG"));
            declarationId = created.Id;
        }
        using (var again = new BorderGateApp(null, folder))
        {
            _ = again.Server; // a restart with the same data set loads nothing new
        }
        using (var july = new BorderGateApp(July2025, folder))
        {
            var client = july.Client(DemoKey.DeclarantA);
            await client.SubmitDeclarationAsync(Drafts.Valid(gate: "TA_LUNG")).ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);
            var kept = await client.GetDeclarationAsync(declarationId);
            Assert.Equal("TA_LUNG", kept.Routing.UnitCode);
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
        Guid caoBang, langSon, closed;
        using (var march = new BorderGateApp(null, folder))
        {
            var owner = march.Client(DemoKey.DeclarantA);
            caoBang = (await owner.SubmitDeclarationAsync(Drafts.Valid(gate: "TA_LUNG"))).Id;
            await march.Client(DemoKey.TaLungOfficer).ActAsync(caoBang, "confirmArrival");
            langSon = (await owner.SubmitDeclarationAsync(Drafts.Valid(gate: "HUU_NGHI"))).Id;
            closed = (await owner.SubmitDeclarationAsync(Drafts.Valid(gate: "TRA_LINH"))).Id;
            await owner.ActAsync(closed, "cancel");
        }
        using (var july = new BorderGateApp(July2025, folder))
        {
            var owner = july.Client(DemoKey.DeclarantA);
            var transferred = await owner.GetDeclarationAsync(caoBang);
            Assert.Equal(DeclarationStatus.Transferred, transferred.Status);
            var to = transferred.Routing.TransferredTo!;
            Assert.Equal("REGION_XVI", to.BranchCode);
            Assert.Contains("Chi cục Hải quan khu vực XVI", to.ReasonVi, StringComparison.Ordinal);
            Assert.Equal(caoBang, (await july.Client(DemoKey.BranchOfficer).GetDeclarationAsync(caoBang)).Id);

            var history = (await owner.GetDeclarationHistoryAsync(caoBang)).Items;
            var last = history[^1];
            Assert.Equal(("transfer", (HistoryEntryFromStatus?)HistoryEntryFromStatus.AtGate, DeclarationStatus.Transferred, "system"), (last.Action, last.FromStatus,
                last.ToStatus, last.Actor.Role));
            var feed = (await owner.ListEventsAsync(limit: 200)).Items;
            Assert.Contains(feed, e => e.Data.DeclarationId == caoBang
                && e.Data.ToStatus == DeclarationStatus.Transferred);

            Assert.Equal(DeclarationStatus.Cancelled, (await owner.GetDeclarationAsync(closed)).Status);
            var queue = (await july.Client(DemoKey.HuuNghiOfficer).GetUnitQueueAsync("HUU_NGHI", limit: 200)).Items;
            Assert.Contains(langSon, queue.Select(item => item.Id));
            Assert.Equal(DeclarationStatus.AtGate, (await july.Client(DemoKey.HuuNghiOfficer).ActAsync(langSon, "confirmArrival")).Status);

            var refusal = await owner.SubmitDeclarationAsync(Drafts.Valid(gate: "TRA_LINH")).ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("REGION_XVI", refusal.ServedBy!.Code);
            Assert.All(refusal.Alternatives!, a => Assert.Equal("Lạng Sơn", a.Province));
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
        Guid id;
        using (var march = new BorderGateApp(null, folder, settings))
        {
            id = (await march.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(gate: "PO_NHUNG"))).Id;
        }
        using (var moved = new BorderGateApp("region-vi-test-po-nhung", folder, settings))
        {
            var officer = moved.Client(DemoKey.TanThanhOfficer);
            var declaration = await officer.GetDeclarationAsync(id);
            var routing = declaration.Routing;
            Assert.Equal(("TAN_THANH", "reorganisation"), (routing.UnitCode, routing.Rule));
            Assert.Equal(DeclarationStatus.Submitted, declaration.Status);

            var last = (await officer.GetDeclarationHistoryAsync(id)).Items.Last();
            var details = last.Details!;
            Assert.Equal(("reroute", "HUU_NGHI", "TAN_THANH", "reorganisation"), (last.Action,
                details.FromUnitCode, details.ToUnitCode, details.Rule));
            Assert.Contains("Tan Thanh Border Gate Customs", details.Reason, StringComparison.Ordinal);

            var feed = (await officer.ListEventsAsync(limit: 200)).Items;
            Assert.Contains(feed, e => e.Type == DeclarationEventType.Declaration_rerouted && e.Data.DeclarationId == id);
            Assert.Equal(DeclarationStatus.AtGate, (await officer.ActAsync(id, "confirmArrival")).Status);
            await moved.Client(DemoKey.HuuNghiOfficer).GetDeclarationAsync(id).ShouldFailWithAsync(HttpStatusCode.NotFound);
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
