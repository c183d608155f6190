using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Declarations.Transitions;

/// <summary>Clearance as the gate works it: a channel per customs declaration, numbers linked late, transshipment, turn-back.</summary>
public sealed class ClearanceProcessTests : IClassFixture<BorderGateApp>
{
    private const string GreenDeclaration = "105123456780";
    private const string RedDeclaration = "105123456791";

    private readonly BorderGateApp app;

    public ClearanceProcessTests(BorderGateApp app) => this.app = app;

    private DateTimeOffset Soon => app.Clock.GetUtcNow().AddHours(6);

    private async Task<Guid> InYardAsync(DeclarationDraft draft)
    {
        var id = (await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(draft)).Id;
        var officer = app.Client(DemoKey.HuuNghiOfficer);
        await officer.ActAsync(id, "confirmArrival");
        await officer.ActAsync(id, "confirmYardEntry");
        return id;
    }

    private async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(Guid id) =>
        (await app.Client(DemoKey.DeclarantA).GetDeclarationHistoryAsync(id)).Items;

    [Fact]
    public async Task A_truck_under_a_green_and_a_red_declaration_clears_when_both_are_cleared_and_leaves_once_the_fee_is_paid()
    {
        var id = await InYardAsync(Drafts.Declared(arrival: Soon));
        var officer = app.Client(DemoKey.HuuNghiOfficer);

        await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest { Action = DeclarationAction.StartInspection, Channel = ApplyTransitionRequestChannel.Green, CustomsDeclarationNumber = GreenDeclaration });
        var both = await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest { Action = DeclarationAction.StartInspection, Channel = ApplyTransitionRequestChannel.Red, CustomsDeclarationNumber = RedDeclaration });
        var clearance = both.Clearance;
        Assert.Equal(RiskChannel.Red, clearance.Channel);
        Assert.Equal([RiskChannel.Green, RiskChannel.Red], clearance.Goods.Select(g => g.Channel));

        var green = await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest
        {
            Action = DeclarationAction.Clear,
            CustomsDeclarationNumber = GreenDeclaration,
            Checks = new ChecksUpdate { Quarantine = QuarantineResult.NotRequired },
        });
        Assert.Equal(DeclarationStatus.UnderInspection, green.Status);
        Assert.Equal([true, false], green.Clearance.Goods.Select(g => g.Cleared));

        var refused = await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest { Action = DeclarationAction.Clear, CustomsDeclarationNumber = RedDeclaration })
            .ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["clear.documentsNotPassed", "clear.physicalInspectionNotPassed", "clear.quarantineNotCleared"], refused.Errors().Select(e => e.Code));
        Assert.Contains($"Tờ khai {RedDeclaration} (luồng đỏ)", refused.Errors![0].MessageVi, StringComparison.Ordinal);

        var cleared = await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest
        {
            Action = DeclarationAction.Clear,
            CustomsDeclarationNumber = RedDeclaration,
            Checks = new ChecksUpdate { Documents = CheckResult.Passed, PhysicalInspection = CheckResult.Passed, Quarantine = QuarantineResult.Passed },
        });
        Assert.Equal(DeclarationStatus.Cleared, cleared.Status);
        Assert.False(cleared.Clearance.Checks.FeePaid);

        var noFee = await officer.ActAsync(id, "confirmExit").ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([("/checks/feePaid", "exit.feeNotPaid")], noFee.Errors());
        var exited = await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest { Action = DeclarationAction.ConfirmExit, Checks = new ChecksUpdate { FeePaid = true } });
        Assert.Equal(DeclarationStatus.Exited, exited.Status);

        var history = await HistoryAsync(id);
        var perDeclaration = history.Where(h => h.Action is "startInspection" or "clear").ToList();
        Assert.Equal([GreenDeclaration, RedDeclaration, GreenDeclaration, RedDeclaration],
            perDeclaration.Select(h => h.Details!.CustomsDeclarationNumber));
    }

    [Fact]
    public async Task Clear_names_the_goods_group_without_a_declaration_number_until_the_declarant_links_it()
    {
        var id = await InYardAsync(Drafts.Valid(arrival: Soon));
        var officer = app.Client(DemoKey.HuuNghiOfficer);
        var owner = app.Client(DemoKey.DeclarantA);
        await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest
        {
            Action = DeclarationAction.StartInspection,
            Channel = ApplyTransitionRequestChannel.Green,
            Checks = new ChecksUpdate { Quarantine = QuarantineResult.NotRequired },
        });

        var refused = await officer.ActAsync(id, "clear").ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([("/goods/1/customsDeclarationNumber", "clear.declarationNumberMissing")], refused.Errors());

        var wrongDirection = await owner.ApplyTransitionAsync(id, Link(1, "305123456791")).ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([("/customsDeclarationNumber", "customsDeclaration.directionMismatch")], wrongDirection.Errors());
        await officer.ApplyTransitionAsync(id, Link(1, RedDeclaration)).ShouldFailWithAsync(HttpStatusCode.Forbidden);

        var linked = await owner.ApplyTransitionAsync(id, Link(1, RedDeclaration));
        Assert.Equal(DeclarationStatus.UnderInspection, linked.Status);
        Assert.Equal(RedDeclaration, linked.Declaration.Goods[1].CustomsDeclarationNumber);

        Assert.Equal(DeclarationStatus.Cleared, (await officer.ActAsync(id, "clear")).Status);
        var tooLate = await owner.ApplyTransitionAsync(id, Link(0, "105123456802")).ShouldFailWithAsync(HttpStatusCode.Conflict);
        Assert.Empty(tooLate.AllowedActions!);

        var events = (await owner.ListEventsAsync(limit: 200)).Items.Where(e => e.Data.DeclarationId == id).Select(e => e.Type).ToList();
        Assert.Contains(DeclarationEventType.Declaration_amended, events);
    }

    [Fact]
    public async Task An_export_handed_over_to_a_chinese_truck_is_recorded_shown_in_the_queue_and_found_by_the_receiving_plate()
    {
        var id = await ClearedExportAsync();
        var officer = app.Client(DemoKey.HuuNghiOfficer);

        var after = await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest
        {
            Action = DeclarationAction.Transship,
            Note = "Sang tải sang xe Trung Quốc",
            Transshipment = new TransshipmentRequest { ReceivingPlateNumber = "桂A 12345", ReceivingNationality = "CN", TransferArea = "Khu vực chuyển tải Km3+4 Hữu Nghị" },
        });

        Assert.Equal(DeclarationStatus.Cleared, after.Status);
        var transfer = Assert.Single(after.Clearance.Transshipments);
        Assert.Equal(VehicleNationality.CN, transfer!.ReceivingNationality);
        Assert.Equal("Khu vực chuyển tải Km3+4 Hữu Nghị", transfer.TransferArea);

        var last = (await HistoryAsync(id))[^1];
        Assert.Equal(("transship", (HistoryEntryFromStatus?)HistoryEntryFromStatus.Cleared, DeclarationStatus.Cleared), (last.Action, last.FromStatus, last.ToStatus));
        Assert.Equal(VehicleNationality.CN, last.Details!.Transshipment!.ReceivingNationality);

        var queued = (await officer.GetUnitQueueAsync("HUU_NGHI", status: DeclarationStatus.Cleared, limit: 200)).Items.Single(item => item.Id == id);
        Assert.Equal("Khu vực chuyển tải Km3+4 Hữu Nghị", queued.Transshipment!.TransferArea);

        foreach (var query in new[] { "桂A12345", "A12345" })
        {
            var found = await app.Client(DemoKey.DeclarantA).SearchDeclarationsAsync(plateNumber: query);
            Assert.Contains(id, found.Items.Select(d => d.Id));
        }
        var inQueue = await officer.GetUnitQueueAsync("HUU_NGHI", plateNumber: "桂A12345");
        Assert.Contains(id, inQueue.Items.Select(d => d.Id));
    }

    [Fact]
    public async Task An_import_is_not_handed_over_to_a_chinese_truck()
    {
        var id = await InYardAsync(Drafts.Declared(arrival: Soon));

        var refused = await app.Client(DemoKey.HuuNghiOfficer).ApplyTransitionAsync(id, new ApplyTransitionRequest
        {
            Action = DeclarationAction.Transship,
            Transshipment = new TransshipmentRequest { ReceivingPlateNumber = "桂A12345", ReceivingNationality = "CN", TransferArea = "Bãi A" },
        }).ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal([("/transshipment/receivingNationality", "transshipment.chineseVehicleForImport")], refused.Errors());
    }

    [Fact]
    public async Task An_export_refused_by_the_chinese_side_after_clearance_is_turned_back_with_its_reason()
    {
        var id = await ClearedExportAsync();
        var officer = app.Client(DemoKey.HuuNghiOfficer);

        var noReason = await officer.ActAsync(id, "turnBack").ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([("/note", "turnBack.reasonRequired")], noReason.Errors());

        var turned = await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest { Action = DeclarationAction.TurnBack, Note = "Phía Trung Quốc không tiếp nhận lô hàng" });

        Assert.Equal(DeclarationStatus.TurnedBack, turned.Status);
        var last = (await HistoryAsync(id))[^1];
        Assert.Equal(("turnBack", (HistoryEntryFromStatus?)HistoryEntryFromStatus.Cleared, "Phía Trung Quốc không tiếp nhận lô hàng"),
            (last.Action, last.FromStatus, last.Note));
    }

    private static ApplyTransitionRequest Link(int goodsIndex, string customsDeclarationNumber) =>
        new() { Action = DeclarationAction.LinkCustomsDeclaration, GoodsIndex = goodsIndex, CustomsDeclarationNumber = customsDeclarationNumber };

    /// <summary>An export in Hữu Nghị's yard, inspected on the green channel with quarantine passed, and cleared.</summary>
    private async Task<Guid> ClearedExportAsync()
    {
        var id = await InYardAsync(Drafts.Declared(arrival: Soon, direction: Direction.Export));
        var officer = app.Client(DemoKey.HuuNghiOfficer);
        await officer.ApplyTransitionAsync(id, new ApplyTransitionRequest
        {
            Action = DeclarationAction.StartInspection,
            Channel = ApplyTransitionRequestChannel.Green,
            Checks = new ChecksUpdate { Quarantine = QuarantineResult.Passed },
        });
        await officer.ActAsync(id, "clear");
        return id;
    }
}
