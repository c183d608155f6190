using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Declarations.Transitions;

public sealed class TransitionTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public TransitionTests(BorderGateApp app) => this.app = app;

    private Task<DeclarationResponse> SubmitAsync(string gate = "HUU_NGHI") =>
        app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Declared(gate: gate, arrival: app.Clock.GetUtcNow().AddHours(6)));

    [Fact]
    public async Task A_truck_is_followed_from_submission_to_exit_and_the_history_tells_it_in_order()
    {
        var id = (await SubmitAsync()).Id;
        var officer = app.Client(DemoKey.HuuNghiOfficer);

        Assert.Equal(DeclarationStatus.AtGate, (await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest { Action = DeclarationAction.ConfirmArrival, Note = "Xe đã đến cổng" })).Status);
        Assert.Equal(DeclarationStatus.InYard, (await officer.ActAsync(id, "confirmYardEntry")).Status);
        var inspected = await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest { Action = DeclarationAction.StartInspection, Channel = ApplyTransitionRequestChannel.Red });
        Assert.Equal(DeclarationStatus.UnderInspection, inspected.Status);
        Assert.Equal(RiskChannel.Red, inspected.Clearance.Channel);

        var refused = await officer.ActAsync(id, "clear").ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);
        // Both customs declarations of the truck went red with the truck-level channel: each one's checks are named.
        string[] perDeclaration = ["clear.documentsNotPassed", "clear.physicalInspectionNotPassed", "clear.quarantineNotCleared"];
        Assert.Equal([.. perDeclaration, .. perDeclaration], refused.Errors().Select(e => e.Code));

        var cleared = await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest
        {
            Action = DeclarationAction.Clear,
            Checks = new ChecksUpdate { Documents = CheckResult.Passed, PhysicalInspection = CheckResult.Passed, Quarantine = QuarantineResult.Passed, FeePaid = true },
        });
        Assert.Equal(DeclarationStatus.Cleared, cleared.Status);
        var exited = await officer.ActAsync(id, "confirmExit");
        Assert.Equal(DeclarationStatus.Exited, exited.Status);
        Assert.Equal(6, exited.Version);

        var history = (await app.Client(DemoKey.DeclarantA).GetDeclarationHistoryAsync(id)).Items;
        Assert.Equal(["submit", "confirmArrival", "confirmYardEntry", "startInspection", "clear", "confirmExit"], history.Select(h => h.Action));
        Assert.Equal(
            [null, HistoryEntryFromStatus.Submitted, HistoryEntryFromStatus.AtGate, HistoryEntryFromStatus.InYard, HistoryEntryFromStatus.UnderInspection, HistoryEntryFromStatus.Cleared],
            history.Select(h => h.FromStatus));
        Assert.Equal(
            [DeclarationStatus.Submitted, DeclarationStatus.AtGate, DeclarationStatus.InYard, DeclarationStatus.UnderInspection, DeclarationStatus.Cleared, DeclarationStatus.Exited],
            history.Select(h => h.ToStatus));
        Assert.Equal("declarant", history[0].Actor.Role);
        Assert.Equal("HUU_NGHI", history[1].Actor.UnitCode);
        Assert.Equal("Xe đã đến cổng", history[1].Note);
    }

    [Fact]
    public async Task Green_channel_clears_at_once_when_quarantine_and_fees_are_settled()
    {
        var id = (await SubmitAsync()).Id;
        var officer = app.Client(DemoKey.HuuNghiOfficer);
        await officer.ActAsync(id, "confirmArrival");
        await officer.ActAsync(id, "confirmYardEntry");
        await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest
        {
            Action = DeclarationAction.StartInspection,
            Channel = ApplyTransitionRequestChannel.Green,
            Checks = new ChecksUpdate { Quarantine = QuarantineResult.NotRequired, FeePaid = true },
        });

        Assert.Equal(DeclarationStatus.Cleared, (await officer.ActAsync(id, "clear")).Status);
    }

    [Fact]
    public async Task An_action_the_status_does_not_allow_is_409_naming_the_allowed_actions()
    {
        var id = (await SubmitAsync()).Id;

        var problem = await app.Client(DemoKey.HuuNghiOfficer).ActAsync(id, "clear").ShouldFailWithAsync(HttpStatusCode.Conflict);

        Assert.Equal(["confirmArrival", "hold", "reject"], problem.AllowedActions!);
    }

    [Fact]
    public async Task A_stale_if_match_is_412_and_changes_nothing()
    {
        var id = (await SubmitAsync()).Id;
        var officer = app.Client(DemoKey.HuuNghiOfficer);
        await officer.ActAsync(id, "confirmArrival");
        var yardEntry = new ApplyTransitionRequest { Action = DeclarationAction.ConfirmYardEntry };

        await officer.ApplyTransitionAsync(id, yardEntry, TypedClient.ETag(1)).ShouldFailWithAsync(HttpStatusCode.PreconditionFailed);

        var current = await officer.GetDeclarationAsync(id);
        Assert.Equal(DeclarationStatus.AtGate, current.Status);
        Assert.Equal(2, current.Version);
        Assert.Equal(DeclarationStatus.InYard, (await officer.ApplyTransitionAsync(id, yardEntry, TypedClient.ETag(2))).Status);
    }

    [Theory]
    [InlineData("otherUnitOfficer", HttpStatusCode.NotFound)]
    [InlineData("otherDeclarant", HttpStatusCode.NotFound)]
    [InlineData("branchOfficer", HttpStatusCode.Forbidden)]
    [InlineData("owner", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Only_the_routed_units_officers_take_officer_actions(string who, HttpStatusCode expected)
    {
        var id = (await SubmitAsync()).Id;
        var key = who switch
        {
            "otherUnitOfficer" => DemoKey.TanThanhOfficer,
            "otherDeclarant" => DemoKey.DeclarantB,
            "branchOfficer" => DemoKey.BranchOfficer,
            "owner" => DemoKey.DeclarantA,
            _ => DemoKey.Admin,
        };

        await app.Client(key).ActAsync(id, "confirmArrival").ShouldFailWithAsync(expected);

        Assert.Equal(DeclarationStatus.Submitted, (await app.Client(DemoKey.DeclarantA).GetDeclarationAsync(id)).Status);
    }

    [Fact]
    public async Task The_owner_cancels_before_arrival_but_not_after()
    {
        var owner = app.Client(DemoKey.DeclarantA);
        var early = (await SubmitAsync()).Id;
        Assert.Equal(DeclarationStatus.Cancelled, (await owner.ApplyTransitionAsync(early, new ApplyTransitionRequest { Action = DeclarationAction.Cancel, Note = "Đổi xe" })).Status);

        var late = (await SubmitAsync()).Id;
        await app.Client(DemoKey.HuuNghiOfficer).ActAsync(late, "confirmArrival");
        var problem = await owner.ActAsync(late, "cancel").ShouldFailWithAsync(HttpStatusCode.Conflict);
        Assert.Equal(["linkCustomsDeclaration"], problem.AllowedActions!);
    }

    [Fact]
    public async Task A_referral_moves_the_truck_to_the_control_teams_queue_until_released()
    {
        var id = (await SubmitAsync()).Id;
        var officer = app.Client(DemoKey.HuuNghiOfficer);
        var control = app.Client(new DemoKey("dbg_demo_officer_control_ls"));
        await officer.ActAsync(id, "confirmArrival");

        var held = await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest { Action = DeclarationAction.Hold, ReferToUnitCode = "CONTROL_LS", Note = "Nghi vấn khai sai hàng" });
        Assert.Equal(DeclarationStatus.Held, held.Status);
        Assert.Equal("CONTROL_LS", held.Clearance.QueueUnitCode);
        Assert.Contains(id, await QueueIdsAsync(control, "CONTROL_LS"));
        Assert.DoesNotContain(id, await QueueIdsAsync(officer, "HUU_NGHI"));
        await officer.ActAsync(id, "release").ShouldFailWithAsync(HttpStatusCode.Forbidden);

        var released = await control.ActAsync(id, "release");

        Assert.Equal(DeclarationStatus.AtGate, released.Status);
        Assert.Contains(id, await QueueIdsAsync(officer, "HUU_NGHI"));
        Assert.DoesNotContain(id, await QueueIdsAsync(control, "CONTROL_LS"));
    }

    [Fact]
    public async Task A_referral_to_a_unit_that_takes_none_is_refused()
    {
        var id = (await SubmitAsync()).Id;

        var problem = await app.Client(DemoKey.HuuNghiOfficer).ApplyTransitionAsync(id, new ApplyTransitionRequest { Action = DeclarationAction.Hold, ReferToUnitCode = "TAN_THANH" })
            .ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal([("/referToUnitCode", "referral.unitInvalid")], problem.Errors());
    }

    [Theory]
    [InlineData("{\"action\":\"fly\"}", "/action", "action.unknown")]
    [InlineData("{}", "/action", "required")]
    [InlineData("{\"action\":\"startInspection\",\"channel\":\"purple\"}", "/channel", "channel.invalid")]
    public async Task A_malformed_transition_is_a_400(string body, string field, string code)
    {
        var id = (await SubmitAsync()).Id;

        // Raw on purpose: an unknown action, a missing one or an unknown channel cannot be written with the typed request.
        var response = await app.As(DemoKey.HuuNghiOfficer).PostAsync($"/api/v1/declarations/{id}/transitions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains((field, code), (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors());
    }

    [Fact]
    public async Task Two_officers_acting_at_once_one_wins_and_history_agrees_with_the_status()
    {
        var id = (await SubmitAsync()).Id;
        var officers = Enumerable.Range(0, 8).Select(_ => app.Client(DemoKey.HuuNghiOfficer)).ToList();

        var statuses = await Task.WhenAll(officers.Select((client, i) => StatusOfAsync(client.ApplyTransitionAsync(
            id, new ApplyTransitionRequest { Action = i % 2 == 0 ? DeclarationAction.ConfirmArrival : DeclarationAction.Reject }, TypedClient.ETag(1)))));

        Assert.Single(statuses, s => s == HttpStatusCode.OK);
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.PreconditionFailed, s));
        var current = await app.Client(DemoKey.DeclarantA).GetDeclarationAsync(id);
        var history = (await app.Client(DemoKey.DeclarantA).GetDeclarationHistoryAsync(id)).Items;
        Assert.Equal(2, current.Version);
        Assert.Equal(2, history.Count);
        Assert.Equal(current.Status, history[^1].ToStatus);
    }

    [Fact]
    public async Task Without_if_match_parallel_conflicting_actions_still_apply_once()
    {
        var id = (await SubmitAsync()).Id;

        var statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => StatusOfAsync(app.Client(DemoKey.HuuNghiOfficer).ActAsync(id, "confirmArrival"))));

        Assert.Single(statuses, s => s == HttpStatusCode.OK);
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));
        var history = (await app.Client(DemoKey.DeclarantA).GetDeclarationHistoryAsync(id)).Items;
        Assert.Equal(2, history.Count);
    }

    private static async Task<List<Guid>> QueueIdsAsync(BorderGateClient client, string unit) =>
        (await client.GetUnitQueueAsync(unit, limit: 200)).Items.Select(i => i.Id).ToList();

    // The client answers a documented 200 with the declaration and every other status by throwing: this turns both into the status.
    private static async Task<HttpStatusCode> StatusOfAsync(Task<DeclarationResponse> call)
    {
        try
        {
            await call;
            return HttpStatusCode.OK;
        }
        catch (BorderGateApiException refused)
        {
            return (HttpStatusCode)refused.StatusCode;
        }
    }
}
