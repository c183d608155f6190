using System.Net;
using System.Text.Json;
using DigitalBorderGate.Api.Tests.Infrastructure;

namespace DigitalBorderGate.Api.Tests.Lifecycle;

public sealed class DwellTimeTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public DwellTimeTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task Dwell_times_match_a_hand_computed_case()
    {
        // Three trucks at Tân Thanh, the clock moved by hand between control points:
        //   submitted→atGate: 60, 60, 60 min;  atGate→inYard: 10, 20, 40 min;  the third truck leaves after 30 min more.
        // atGate→inYard: sorted 10, 20, 40 → median 20; p90 = 20 + (2·0.9 − 1)·(40 − 20) = 36.0.
        // inYard→cleared (third truck only): 30 → median 30, p90 30.  Whole trip: 60 + 40 + 30 + 15 = 145.
        var start = app.Clock.GetUtcNow();
        var officer = app.As(DemoKey.TanThanhOfficer);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.DeclaredSubmission(gate: "TAN_THANH", arrival: start.AddHours(5)))).Id());
        }
        app.Clock.Advance(TimeSpan.FromMinutes(60));
        foreach (var id in ids)
        {
            await officer.ActAsync(id, new { action = "confirmArrival" });
        }
        foreach (var (id, minutes) in ids.Zip(new[] { 10, 10, 20 }))
        {
            app.Clock.Advance(TimeSpan.FromMinutes(minutes));
            await officer.ActAsync(id, new { action = "confirmYardEntry" });
        }
        await officer.ActAsync(ids[2], new { action = "startInspection", channel = "green", checks = new { quarantine = "notRequired", feePaid = true } });
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await officer.ActAsync(ids[2], new { action = "clear" });
        app.Clock.Advance(TimeSpan.FromMinutes(15));
        await officer.ActAsync(ids[2], new { action = "confirmExit" });

        var period = $"from={Uri.EscapeDataString(start.ToString("O"))}&to={Uri.EscapeDataString(app.Clock.GetUtcNow().AddMinutes(1).ToString("O"))}";
        var body = await (await officer.GetAsync($"/api/v1/statistics/dwell-times?gate=TAN_THANH&{period}")).ReadJsonAsync();

        var stages = body.GetProperty("gates").EnumerateArray().Single().GetProperty("stages").EnumerateArray()
            .ToDictionary(s => s.GetProperty("stage").GetString()!);
        Assert.Equal((3, 60.0, 60.0), Figures(stages["submittedToAtGate"]));
        Assert.Equal((3, 20.0, 36.0), Figures(stages["atGateToInYard"]));
        Assert.Equal((1, 30.0, 30.0), Figures(stages["inYardToCleared"]));
        Assert.Equal((1, 15.0, 15.0), Figures(stages["clearedToExited"]));
        Assert.Equal((1, 145.0, 145.0), Figures(stages["wholeTrip"]));
    }

    [Fact]
    public async Task An_officer_sees_only_the_gates_of_their_unit_and_branch_wide_officers_see_all()
    {
        var own = await (await app.As(DemoKey.TanThanhOfficer).GetAsync("/api/v1/statistics/dwell-times")).ReadJsonAsync();
        Assert.Equal(["BINH_NGHI", "NA_HINH", "NA_NUA", "TAN_THANH"], own.GetProperty("gates").EnumerateArray().Select(g => g.GetProperty("gateCode").GetString()));

        await (await app.As(DemoKey.TanThanhOfficer).GetAsync("/api/v1/statistics/dwell-times?gate=HUU_NGHI")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var all = await (await app.As(DemoKey.BranchOfficer).GetAsync("/api/v1/statistics/dwell-times")).ReadJsonAsync();
        Assert.Equal(22, all.GetProperty("gates").GetArrayLength());
        await (await app.As(DemoKey.DeclarantA).GetAsync("/api/v1/statistics/dwell-times")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_bad_period_or_unknown_gate_is_a_400()
    {
        var branch = app.As(DemoKey.BranchOfficer);

        await (await branch.GetAsync("/api/v1/statistics/dwell-times?from=2026-11-20T00:00:00Z&to=2026-11-10T00:00:00Z")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await branch.GetAsync("/api/v1/statistics/dwell-times?gate=NOWHERE")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static (int, double?, double?) Figures(JsonElement stage) =>
        (stage.GetProperty("count").GetInt32(),
         stage.GetProperty("medianMinutes").ValueKind == JsonValueKind.Null ? null : stage.GetProperty("medianMinutes").GetDouble(),
         stage.GetProperty("p90Minutes").ValueKind == JsonValueKind.Null ? null : stage.GetProperty("p90Minutes").GetDouble());
}
