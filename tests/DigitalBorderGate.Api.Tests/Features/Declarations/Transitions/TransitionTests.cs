namespace DigitalBorderGate.Api.Tests.Features.Declarations.Transitions;

public sealed class TransitionTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public TransitionTests(BorderGateApp app) => this.app = app;

    private Task<System.Text.Json.JsonElement> SubmitAsync(string gate = "HUU_NGHI") =>
        app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.DeclaredSubmission(gate: gate, arrival: app.Clock.GetUtcNow().AddHours(6)));

    [Fact]
    public async Task A_truck_is_followed_from_submission_to_exit_and_the_history_tells_it_in_order()
    {
        var id = (await SubmitAsync()).Id();
        var officer = app.As(DemoKey.HuuNghiOfficer);

        Assert.Equal("atGate", (await officer.ActAsync(id, new { action = "confirmArrival", note = "Xe đã đến cổng" })).Status());
        Assert.Equal("inYard", (await officer.ActAsync(id, new { action = "confirmYardEntry" })).Status());
        var inspected = await officer.ActAsync(id, new { action = "startInspection", channel = "red" });
        Assert.Equal("underInspection", inspected.Status());
        Assert.Equal("red", inspected.GetProperty("clearance").GetProperty("channel").GetString());

        var refused = await (await officer.TransitionAsync(id, new { action = "clear" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        // Both customs declarations of the truck went red with the truck-level channel: each one's checks are named.
        string[] perDeclaration = ["clear.documentsNotPassed", "clear.physicalInspectionNotPassed", "clear.quarantineNotCleared"];
        Assert.Equal([.. perDeclaration, .. perDeclaration], refused.Errors().Select(e => e.Code));

        var cleared = await officer.ActAsync(id, new
        {
            action = "clear",
            checks = new { documents = "passed", physicalInspection = "passed", quarantine = "passed", feePaid = true },
        });
        Assert.Equal("cleared", cleared.Status());
        var exited = await officer.ActAsync(id, new { action = "confirmExit" });
        Assert.Equal("exited", exited.Status());
        Assert.Equal(6, exited.GetProperty("version").GetInt32());

        var history = (await (await app.As(DemoKey.DeclarantA).GetAsync($"/api/v1/declarations/{id}/history")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["submit", "confirmArrival", "confirmYardEntry", "startInspection", "clear", "confirmExit"], history.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal([null, "submitted", "atGate", "inYard", "underInspection", "cleared"], history.Select(h => h.GetProperty("fromStatus").GetString()));
        Assert.Equal(["submitted", "atGate", "inYard", "underInspection", "cleared", "exited"], history.Select(h => h.GetProperty("toStatus").GetString()));
        Assert.Equal("declarant", history[0].GetProperty("actor").GetProperty("role").GetString());
        Assert.Equal("HUU_NGHI", history[1].GetProperty("actor").GetProperty("unitCode").GetString());
        Assert.Equal("Xe đã đến cổng", history[1].GetProperty("note").GetString());
    }

    [Fact]
    public async Task Green_channel_clears_at_once_when_quarantine_and_fees_are_settled()
    {
        var id = (await SubmitAsync()).Id();
        var officer = app.As(DemoKey.HuuNghiOfficer);
        await officer.ActAsync(id, new { action = "confirmArrival" });
        await officer.ActAsync(id, new { action = "confirmYardEntry" });
        await officer.ActAsync(id, new { action = "startInspection", channel = "green", checks = new { quarantine = "notRequired", feePaid = true } });

        Assert.Equal("cleared", (await officer.ActAsync(id, new { action = "clear" })).Status());
    }

    [Fact]
    public async Task An_action_the_status_does_not_allow_is_409_naming_the_allowed_actions()
    {
        var id = (await SubmitAsync()).Id();

        var problem = await (await app.As(DemoKey.HuuNghiOfficer).TransitionAsync(id, new { action = "clear" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(["confirmArrival", "hold", "reject"], problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task A_stale_if_match_is_412_and_changes_nothing()
    {
        var id = (await SubmitAsync()).Id();
        var officer = app.As(DemoKey.HuuNghiOfficer);
        await officer.ActAsync(id, new { action = "confirmArrival" });

        await (await officer.TransitionAsync(id, new { action = "confirmYardEntry" }, ifMatch: "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        var current = await (await officer.GetAsync($"/api/v1/declarations/{id}")).ReadJsonAsync();
        Assert.Equal("atGate", current.Status());
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal("inYard", (await (await officer.TransitionAsync(id, new { action = "confirmYardEntry" }, ifMatch: "\"2\"")).ReadJsonAsync()).Status());
    }

    [Theory]
    [InlineData("otherUnitOfficer", HttpStatusCode.NotFound)]
    [InlineData("otherDeclarant", HttpStatusCode.NotFound)]
    [InlineData("branchOfficer", HttpStatusCode.Forbidden)]
    [InlineData("owner", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Only_the_routed_units_officers_take_officer_actions(string who, HttpStatusCode expected)
    {
        var id = (await SubmitAsync()).Id();
        var key = who switch
        {
            "otherUnitOfficer" => DemoKey.TanThanhOfficer,
            "otherDeclarant" => DemoKey.DeclarantB,
            "branchOfficer" => DemoKey.BranchOfficer,
            "owner" => DemoKey.DeclarantA,
            _ => DemoKey.Admin,
        };

        await (await app.As(key).TransitionAsync(id, new { action = "confirmArrival" })).ShouldBeProblemAsync(expected);

        Assert.Equal("submitted", (await (await app.As(DemoKey.DeclarantA).GetAsync($"/api/v1/declarations/{id}")).ReadJsonAsync()).Status());
    }

    [Fact]
    public async Task The_owner_cancels_before_arrival_but_not_after()
    {
        var owner = app.As(DemoKey.DeclarantA);
        var early = (await SubmitAsync()).Id();
        Assert.Equal("cancelled", (await owner.ActAsync(early, new { action = "cancel", note = "Đổi xe" })).Status());

        var late = (await SubmitAsync()).Id();
        await app.As(DemoKey.HuuNghiOfficer).ActAsync(late, new { action = "confirmArrival" });
        var problem = await (await owner.TransitionAsync(late, new { action = "cancel" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(["linkCustomsDeclaration"], problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task A_referral_moves_the_truck_to_the_control_teams_queue_until_released()
    {
        var id = (await SubmitAsync()).Id();
        var officer = app.As(DemoKey.HuuNghiOfficer);
        var control = app.ClientWithKey("dbg_demo_officer_control_ls");
        await officer.ActAsync(id, new { action = "confirmArrival" });

        var held = await officer.ActAsync(id, new { action = "hold", referToUnitCode = "CONTROL_LS", note = "Nghi vấn khai sai hàng" });
        Assert.Equal("held", held.Status());
        Assert.Equal("CONTROL_LS", held.GetProperty("clearance").GetProperty("queueUnitCode").GetString());
        Assert.Contains(id, await QueueIdsAsync(control, "CONTROL_LS"));
        Assert.DoesNotContain(id, await QueueIdsAsync(officer, "HUU_NGHI"));
        await (await officer.TransitionAsync(id, new { action = "release" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var released = await control.ActAsync(id, new { action = "release" });

        Assert.Equal("atGate", released.Status());
        Assert.Contains(id, await QueueIdsAsync(officer, "HUU_NGHI"));
        Assert.DoesNotContain(id, await QueueIdsAsync(control, "CONTROL_LS"));
    }

    [Fact]
    public async Task A_referral_to_a_unit_that_takes_none_is_refused()
    {
        var id = (await SubmitAsync()).Id();

        var problem = await (await app.As(DemoKey.HuuNghiOfficer).TransitionAsync(id, new { action = "hold", referToUnitCode = "TAN_THANH" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal([("/referToUnitCode", "referral.unitInvalid")], problem.Errors());
    }

    [Theory]
    [InlineData("{\"action\":\"fly\"}", "/action", "action.unknown")]
    [InlineData("{}", "/action", "required")]
    [InlineData("{\"action\":\"startInspection\",\"channel\":\"purple\"}", "/channel", "channel.invalid")]
    public async Task A_malformed_transition_is_a_400(string body, string field, string code)
    {
        var id = (await SubmitAsync()).Id();

        var response = await app.As(DemoKey.HuuNghiOfficer).PostAsync($"/api/v1/declarations/{id}/transitions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains((field, code), (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors());
    }

    [Fact]
    public async Task Two_officers_acting_at_once_one_wins_and_history_agrees_with_the_status()
    {
        var id = (await SubmitAsync()).Id();
        var officers = Enumerable.Range(0, 8).Select(_ => app.As(DemoKey.HuuNghiOfficer)).ToList();

        var responses = await Task.WhenAll(officers.Select((client, i) =>
            client.TransitionAsync(id, i % 2 == 0 ? new { action = "confirmArrival" } : new { action = "reject" }, ifMatch: "\"1\"")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        var current = await (await app.As(DemoKey.DeclarantA).GetAsync($"/api/v1/declarations/{id}")).ReadJsonAsync();
        var history = (await (await app.As(DemoKey.DeclarantA).GetAsync($"/api/v1/declarations/{id}/history")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal(2, history.Count);
        Assert.Equal(current.Status(), history[^1].GetProperty("toStatus").GetString());
    }

    [Fact]
    public async Task Without_if_match_parallel_conflicting_actions_still_apply_once()
    {
        var id = (await SubmitAsync()).Id();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.As(DemoKey.HuuNghiOfficer).TransitionAsync(id, new { action = "confirmArrival" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var history = (await (await app.As(DemoKey.DeclarantA).GetAsync($"/api/v1/declarations/{id}/history")).ReadJsonAsync()).GetProperty("items");
        Assert.Equal(2, history.GetArrayLength());
    }

    private static async Task<List<string>> QueueIdsAsync(HttpClient client, string unit) =>
        (await (await client.GetAsync($"/api/v1/units/{unit}/queue?limit=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.Id()).ToList();
}
