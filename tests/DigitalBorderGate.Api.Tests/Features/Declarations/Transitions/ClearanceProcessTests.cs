namespace DigitalBorderGate.Api.Tests.Features.Declarations.Transitions;

/// <summary>Clearance as the gate works it: a channel per customs declaration, numbers linked late, transshipment, turn-back.</summary>
public sealed class ClearanceProcessTests : IClassFixture<BorderGateApp>
{
    private const string GreenDeclaration = "105123456780";
    private const string RedDeclaration = "105123456791";

    private readonly BorderGateApp app;

    public ClearanceProcessTests(BorderGateApp app) => this.app = app;

    private DateTimeOffset Soon => app.Clock.GetUtcNow().AddHours(6);

    private async Task<string> InYardAsync(System.Text.Json.Nodes.JsonObject body)
    {
        var id = (await app.As(DemoKey.DeclarantA).SubmitAsync(body)).Id();
        var officer = app.As(DemoKey.HuuNghiOfficer);
        await officer.ActAsync(id, new { action = "confirmArrival" });
        await officer.ActAsync(id, new { action = "confirmYardEntry" });
        return id;
    }

    private async Task<List<JsonElement>> HistoryAsync(string id) =>
        (await (await app.As(DemoKey.DeclarantA).GetAsync($"/api/v1/declarations/{id}/history")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task A_truck_under_a_green_and_a_red_declaration_clears_when_both_are_cleared_and_leaves_once_the_fee_is_paid()
    {
        var id = await InYardAsync(Bodies.DeclaredSubmission(arrival: Soon));
        var officer = app.As(DemoKey.HuuNghiOfficer);

        await officer.ActAsync(id, new { action = "startInspection", channel = "green", customsDeclarationNumber = GreenDeclaration });
        var both = await officer.ActAsync(id, new { action = "startInspection", channel = "red", customsDeclarationNumber = RedDeclaration });
        var clearance = both.GetProperty("clearance");
        Assert.Equal("red", clearance.GetProperty("channel").GetString());
        Assert.Equal(["green", "red"], clearance.GetProperty("goods").EnumerateArray().Select(g => g.GetProperty("channel").GetString()));

        var green = await officer.ActAsync(id, new { action = "clear", customsDeclarationNumber = GreenDeclaration, checks = new { quarantine = "notRequired" } });
        Assert.Equal("underInspection", green.Status());
        Assert.Equal([true, false], green.GetProperty("clearance").GetProperty("goods").EnumerateArray().Select(g => g.GetProperty("cleared").GetBoolean()));

        var refused = await (await officer.TransitionAsync(id, new { action = "clear", customsDeclarationNumber = RedDeclaration })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["clear.documentsNotPassed", "clear.physicalInspectionNotPassed", "clear.quarantineNotCleared"], refused.Errors().Select(e => e.Code));
        Assert.Contains($"Tờ khai {RedDeclaration} (luồng đỏ)", refused.GetProperty("errors")[0].GetProperty("messageVi").GetString(), StringComparison.Ordinal);

        var cleared = await officer.ActAsync(id, new
        {
            action = "clear",
            customsDeclarationNumber = RedDeclaration,
            checks = new { documents = "passed", physicalInspection = "passed", quarantine = "passed" },
        });
        Assert.Equal("cleared", cleared.Status());
        Assert.False(cleared.GetProperty("clearance").GetProperty("checks").GetProperty("feePaid").GetBoolean());

        var noFee = await (await officer.TransitionAsync(id, new { action = "confirmExit" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([("/checks/feePaid", "exit.feeNotPaid")], noFee.Errors());
        Assert.Equal("exited", (await officer.ActAsync(id, new { action = "confirmExit", checks = new { feePaid = true } })).Status());

        var history = await HistoryAsync(id);
        var perDeclaration = history.Where(h => h.GetProperty("action").GetString() is "startInspection" or "clear").ToList();
        Assert.Equal([GreenDeclaration, RedDeclaration, GreenDeclaration, RedDeclaration],
            perDeclaration.Select(h => h.GetProperty("details").GetProperty("customsDeclarationNumber").GetString()));
    }

    [Fact]
    public async Task Clear_names_the_goods_group_without_a_declaration_number_until_the_declarant_links_it()
    {
        var id = await InYardAsync(Bodies.ValidSubmission(arrival: Soon));
        var officer = app.As(DemoKey.HuuNghiOfficer);
        var owner = app.As(DemoKey.DeclarantA);
        await officer.ActAsync(id, new { action = "startInspection", channel = "green", checks = new { quarantine = "notRequired" } });

        var refused = await (await officer.TransitionAsync(id, new { action = "clear" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([("/goods/1/customsDeclarationNumber", "clear.declarationNumberMissing")], refused.Errors());

        var wrongDirection = await (await owner.TransitionAsync(id, new { action = "linkCustomsDeclaration", goodsIndex = 1, customsDeclarationNumber = "305123456791" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([("/customsDeclarationNumber", "customsDeclaration.directionMismatch")], wrongDirection.Errors());
        await (await officer.TransitionAsync(id, new { action = "linkCustomsDeclaration", goodsIndex = 1, customsDeclarationNumber = RedDeclaration }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var linked = await owner.ActAsync(id, new { action = "linkCustomsDeclaration", goodsIndex = 1, customsDeclarationNumber = RedDeclaration });
        Assert.Equal("underInspection", linked.Status());
        Assert.Equal(RedDeclaration, linked.GetProperty("declaration").GetProperty("goods")[1].GetProperty("customsDeclarationNumber").GetString());

        Assert.Equal("cleared", (await officer.ActAsync(id, new { action = "clear" })).Status());
        var tooLate = await (await owner.TransitionAsync(id, new { action = "linkCustomsDeclaration", goodsIndex = 0, customsDeclarationNumber = "105123456802" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(0, tooLate.GetProperty("allowedActions").GetArrayLength());

        var events = (await (await owner.GetAsync("/api/v1/events?limit=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("data").GetProperty("declarationId").GetString() == id).Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Contains("declaration.amended", events);
    }

    [Fact]
    public async Task An_export_handed_over_to_a_chinese_truck_is_recorded_shown_in_the_queue_and_found_by_the_receiving_plate()
    {
        var id = await InYardAsync(Bodies.DeclaredSubmission("export", arrival: Soon));
        var officer = app.As(DemoKey.HuuNghiOfficer);
        await officer.ActAsync(id, new { action = "startInspection", channel = "green", checks = new { quarantine = "passed" } });
        await officer.ActAsync(id, new { action = "clear" });

        var after = await officer.ActAsync(id, new
        {
            action = "transship",
            note = "Sang tải sang xe Trung Quốc",
            transshipment = new { receivingPlateNumber = "桂A 12345", receivingNationality = "CN", transferArea = "Khu vực chuyển tải Km3+4 Hữu Nghị" },
        });

        Assert.Equal("cleared", after.Status());
        var transfer = Assert.Single(after.GetProperty("clearance").GetProperty("transshipments").EnumerateArray());
        Assert.Equal("CN", transfer.GetProperty("receivingNationality").GetString());
        Assert.Equal("Khu vực chuyển tải Km3+4 Hữu Nghị", transfer.GetProperty("transferArea").GetString());

        var last = (await HistoryAsync(id))[^1];
        Assert.Equal(("transship", "cleared", "cleared"), (last.GetProperty("action").GetString(), last.GetProperty("fromStatus").GetString(), last.GetProperty("toStatus").GetString()));
        Assert.Equal("CN", last.GetProperty("details").GetProperty("transshipment").GetProperty("receivingNationality").GetString());

        var queued = (await (await officer.GetAsync("/api/v1/units/HUU_NGHI/queue?status=cleared&limit=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
            .Single(item => item.Id() == id);
        Assert.Equal("Khu vực chuyển tải Km3+4 Hữu Nghị", queued.GetProperty("transshipment").GetProperty("transferArea").GetString());

        foreach (var query in new[] { "桂A12345", "A12345" })
        {
            var found = (await (await app.As(DemoKey.DeclarantA).GetAsync($"/api/v1/declarations?plateNumber={Uri.EscapeDataString(query)}")).ReadJsonAsync()).GetProperty("items");
            Assert.Contains(id, found.EnumerateArray().Select(d => d.Id()));
        }
        var inQueue = (await (await officer.GetAsync($"/api/v1/units/HUU_NGHI/queue?plateNumber={Uri.EscapeDataString("桂A12345")}")).ReadJsonAsync()).GetProperty("items");
        Assert.Contains(id, inQueue.EnumerateArray().Select(d => d.Id()));
    }

    [Fact]
    public async Task An_import_is_not_handed_over_to_a_chinese_truck()
    {
        var id = await InYardAsync(Bodies.DeclaredSubmission(arrival: Soon));

        var refused = await (await app.As(DemoKey.HuuNghiOfficer).TransitionAsync(id, new
        {
            action = "transship",
            transshipment = new { receivingPlateNumber = "桂A12345", receivingNationality = "CN", transferArea = "Bãi A" },
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal([("/transshipment/receivingNationality", "transshipment.chineseVehicleForImport")], refused.Errors());
    }

    [Fact]
    public async Task An_export_refused_by_the_chinese_side_after_clearance_is_turned_back_with_its_reason()
    {
        var id = await InYardAsync(Bodies.DeclaredSubmission("export", arrival: Soon));
        var officer = app.As(DemoKey.HuuNghiOfficer);
        await officer.ActAsync(id, new { action = "startInspection", channel = "green", checks = new { quarantine = "passed" } });
        await officer.ActAsync(id, new { action = "clear" });

        var noReason = await (await officer.TransitionAsync(id, new { action = "turnBack" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([("/note", "turnBack.reasonRequired")], noReason.Errors());

        var turned = await officer.ActAsync(id, new { action = "turnBack", note = "Phía Trung Quốc không tiếp nhận lô hàng" });

        Assert.Equal("turnedBack", turned.Status());
        var last = (await HistoryAsync(id))[^1];
        Assert.Equal(("turnBack", "cleared", "Phía Trung Quốc không tiếp nhận lô hàng"),
            (last.GetProperty("action").GetString(), last.GetProperty("fromStatus").GetString(), last.GetProperty("note").GetString()));
    }
}
