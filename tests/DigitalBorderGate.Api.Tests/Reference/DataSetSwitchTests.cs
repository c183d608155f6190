using System.Net;
using DigitalBorderGate.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DigitalBorderGate.Api.Tests.Reference;

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
}
