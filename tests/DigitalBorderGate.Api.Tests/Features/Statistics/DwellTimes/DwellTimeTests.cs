using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Statistics.DwellTimes;

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
        var officer = app.Client(DemoKey.TanThanhOfficer);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Declared(gate: "TAN_THANH", arrival: start.AddHours(5)))).Id);
        }
        app.Clock.Advance(TimeSpan.FromMinutes(60));
        foreach (var id in ids)
        {
            await officer.ActAsync(id, "confirmArrival");
        }
        foreach (var (id, minutes) in ids.Zip(new[] { 10, 10, 20 }))
        {
            app.Clock.Advance(TimeSpan.FromMinutes(minutes));
            await officer.ActAsync(id, "confirmYardEntry");
        }
        await officer.ApplyTransitionAsync(ids[2], new ApplyTransitionRequest
        {
            Action = DeclarationAction.StartInspection,
            Channel = ApplyTransitionRequestChannel.Green,
            Checks = new ChecksUpdate { Quarantine = QuarantineResult.NotRequired, FeePaid = true },
        });
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await officer.ActAsync(ids[2], "clear");
        app.Clock.Advance(TimeSpan.FromMinutes(15));
        await officer.ActAsync(ids[2], "confirmExit");

        var period = $"from={Uri.EscapeDataString(start.ToString("O"))}&to={Uri.EscapeDataString(app.Clock.GetUtcNow().AddMinutes(1).ToString("O"))}";
        var body = await (await app.As(DemoKey.TanThanhOfficer).GetAsync($"/api/v1/statistics/dwell-times?gate=TAN_THANH&{period}")).ReadAsAsync<DwellTimesResponse>();

        var stages = Assert.Single(body.Gates).Stages.ToDictionary(s => s.Stage);
        Assert.Equal((3, 60.0, 60.0), Figures(stages[DwellStage.SubmittedToAtGate]));
        Assert.Equal((3, 20.0, 36.0), Figures(stages[DwellStage.AtGateToInYard]));
        Assert.Equal((1, 30.0, 30.0), Figures(stages[DwellStage.InYardToCleared]));
        Assert.Equal((1, 15.0, 15.0), Figures(stages[DwellStage.ClearedToExited]));
        Assert.Equal((1, 145.0, 145.0), Figures(stages[DwellStage.WholeTrip]));
    }

    [Fact]
    public async Task An_officer_sees_only_the_gates_of_their_unit_and_branch_wide_officers_see_all()
    {
        var own = await app.Client(DemoKey.TanThanhOfficer).GetDwellTimesAsync();
        Assert.Equal(["BINH_NGHI", "NA_HINH", "NA_NUA", "TAN_THANH"], own.Gates.Select(g => g.GateCode));

        await app.Client(DemoKey.TanThanhOfficer).GetDwellTimesAsync(gate: "HUU_NGHI").ShouldFailWithAsync(HttpStatusCode.Forbidden);
        var all = await app.Client(DemoKey.BranchOfficer).GetDwellTimesAsync();
        Assert.Equal(22, all.Gates.Count);
        await app.Client(DemoKey.DeclarantA).GetDwellTimesAsync().ShouldFailWithAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_bad_period_or_unknown_gate_is_a_400()
    {
        var branch = app.Client(DemoKey.BranchOfficer);

        await (await app.As(DemoKey.BranchOfficer).GetAsync("/api/v1/statistics/dwell-times?from=2026-11-20T00:00:00Z&to=2026-11-10T00:00:00Z")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await branch.GetDwellTimesAsync(gate: "NOWHERE").ShouldFailWithAsync(HttpStatusCode.BadRequest);
    }

    private static (int, double?, double?) Figures(StageDwellTime stage) => (stage.Count, stage.MedianMinutes, stage.P90Minutes);
}
