using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Domain.Tests.Lifecycle;

public sealed class DeclarationLifecycleTests
{
    // The lifecycle written out a second time, by hand, as the branch describes it: "status action → result".
    // Every (status, action, actor) not listed here must be refused.
    private static readonly Dictionary<(DeclarationStatus, DeclarationAction, ActorKind), DeclarationStatus> Expected = Parse(
        """
        submitted confirmArrival officer atGate
        submitted hold officer held
        submitted reject officer rejected
        submitted cancel owner cancelled
        submitted linkCustomsDeclaration owner submitted
        atGate confirmYardEntry officer inYard
        atGate hold officer held
        atGate reject officer rejected
        atGate turnBack officer turnedBack
        atGate linkCustomsDeclaration owner atGate
        inYard startInspection officer underInspection
        inYard transship officer inYard
        inYard linkCustomsDeclaration owner inYard
        inYard hold officer held
        inYard reject officer rejected
        inYard turnBack officer turnedBack
        underInspection startInspection officer underInspection
        underInspection clear officer cleared
        underInspection transship officer underInspection
        underInspection linkCustomsDeclaration owner underInspection
        underInspection hold officer held
        underInspection reject officer rejected
        underInspection turnBack officer turnedBack
        cleared confirmExit officer exited
        cleared transship officer cleared
        cleared turnBack officer turnedBack
        held release officer (before)
        held reject officer rejected
        held turnBack officer turnedBack
        held linkCustomsDeclaration owner held
        """);

    public static TheoryData<DeclarationStatus, DeclarationAction, ActorKind> EveryCombination()
    {
        var data = new TheoryData<DeclarationStatus, DeclarationAction, ActorKind>();
        foreach (var status in Enum.GetValues<DeclarationStatus>())
        {
            foreach (var action in Enum.GetValues<DeclarationAction>())
            {
                foreach (var actor in Enum.GetValues<ActorKind>())
                {
                    data.Add(status, action, actor);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Every_status_action_and_actor_does_what_the_table_says(DeclarationStatus status, DeclarationAction action, ActorKind actor)
    {
        var current = Ready(status, action);
        var outcome = TransitionDecider.Decide(current, Request(action), actor, code => code == "CONTROL_LS");

        if (Expected.TryGetValue((status, action, actor), out var expected))
        {
            var applied = Assert.IsType<TransitionApplied>(outcome);
            Assert.Equal(expected == DeclarationStatus.Held && action == DeclarationAction.Release ? current.StatusBeforeHold : expected, applied.After.Status);
        }
        else if (!Expected.Keys.Any(k => k.Item2 == action && k.Item3 == actor))
        {
            Assert.IsType<TransitionNotPermitted>(outcome);
        }
        else
        {
            var notAllowed = Assert.IsType<TransitionNotAllowed>(outcome);
            Assert.Equal(Expected.Keys.Where(k => k.Item1 == status && k.Item3 == actor).Select(k => k.Item2).Order(), notAllowed.AllowedActions.Order());
        }
    }

    [Fact]
    public void Terminal_statuses_allow_nothing_and_are_not_open()
    {
        foreach (var status in new[] { DeclarationStatus.Exited, DeclarationStatus.Rejected, DeclarationStatus.Cancelled, DeclarationStatus.TurnedBack, DeclarationStatus.Transferred })
        {
            Assert.True(DeclarationLifecycle.IsTerminal(status));
            Assert.Empty(DeclarationLifecycle.AllowedActions(status, ActorKind.ResponsibleOfficer));
            Assert.Empty(DeclarationLifecycle.AllowedActions(status, ActorKind.Owner));
        }
        Assert.Equal(6, DeclarationLifecycle.OpenStatuses.Count);
    }

    [Theory]
    [InlineData(DeclarationStatus.Submitted)]
    [InlineData(DeclarationStatus.AtGate)]
    [InlineData(DeclarationStatus.InYard)]
    [InlineData(DeclarationStatus.UnderInspection)]
    public void A_release_returns_to_the_status_the_hold_interrupted(DeclarationStatus before)
    {
        var held = Applied(Ready(before), new TransitionRequest(DeclarationAction.Hold, null, "CONTROL_LS", null));
        Assert.Equal(DeclarationStatus.Held, held.Status);
        Assert.Equal("CONTROL_LS", held.ReferredToUnitCode);

        var released = Applied(held, Request(DeclarationAction.Release));

        Assert.Equal(before, released.Status);
        Assert.Null(released.StatusBeforeHold);
        Assert.Null(released.ReferredToUnitCode);
    }

    [Fact]
    public void A_referral_must_go_to_a_unit_that_takes_referrals()
    {
        var outcome = TransitionDecider.Decide(Ready(DeclarationStatus.AtGate), new TransitionRequest(DeclarationAction.Hold, null, "TAN_THANH", null), ActorKind.ResponsibleOfficer, code => code == "CONTROL_LS");

        Assert.Equal(["referral.unitInvalid"], Assert.IsType<TransitionRefused>(outcome).Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Start_inspection_needs_a_channel_and_records_it()
    {
        var refused = TransitionDecider.Decide(Ready(DeclarationStatus.InYard), new TransitionRequest(DeclarationAction.StartInspection, null, null, null), ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal(["channel.required"], Assert.IsType<TransitionRefused>(refused).Reasons.Select(r => r.Code));

        var inspected = Applied(Ready(DeclarationStatus.InYard), new TransitionRequest(DeclarationAction.StartInspection, RiskChannel.Red, null, null));
        Assert.Equal(RiskChannel.Red, inspected.Channel);
    }

    [Fact]
    public void A_channel_or_referral_on_another_action_is_refused()
    {
        var outcome = TransitionDecider.Decide(Ready(DeclarationStatus.Submitted), new TransitionRequest(DeclarationAction.ConfirmArrival, RiskChannel.Green, "CONTROL_LS", null), ActorKind.ResponsibleOfficer, _ => true);

        Assert.Equal(["channel.notApplicable", "referral.notApplicable"], Assert.IsType<TransitionRefused>(outcome).Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData(RiskChannel.Green, "", "clear.quarantineNotCleared")]
    [InlineData(RiskChannel.Green, "quarantine", "")]
    [InlineData(RiskChannel.Yellow, "quarantine", "clear.documentsNotPassed")]
    [InlineData(RiskChannel.Yellow, "documents,quarantine", "")]
    [InlineData(RiskChannel.Red, "documents,quarantine", "clear.physicalInspectionNotPassed")]
    [InlineData(RiskChannel.Red, "documents,physical,quarantine", "")]
    [InlineData(RiskChannel.Red, "", "clear.documentsNotPassed,clear.physicalInspectionNotPassed,clear.quarantineNotCleared")]
    public void Clearance_needs_what_the_channel_requires_and_quarantine_but_not_the_fee(RiskChannel channel, string passed, string unmet)
    {
        var current = Laden(DeclarationStatus.UnderInspection, ("105123456780", channel));
        var checks = new ChecksUpdate(
            passed.Contains("documents") ? CheckResult.Passed : null,
            passed.Contains("physical") ? CheckResult.Passed : null,
            passed.Contains("quarantine") ? QuarantineResult.NotRequired : null,
            null);

        var outcome = TransitionDecider.Decide(current, new TransitionRequest(DeclarationAction.Clear, null, null, checks), ActorKind.ResponsibleOfficer, _ => false);

        if (unmet.Length == 0)
        {
            var after = Assert.IsType<TransitionApplied>(outcome).After;
            Assert.Equal(DeclarationStatus.Cleared, after.Status);
            Assert.False(after.Checks.FeePaid);
        }
        else
        {
            Assert.Equal(unmet.Split(','), Assert.IsType<TransitionRefused>(outcome).Reasons.Select(r => r.Code));
        }
    }

    [Fact]
    public void A_failed_quarantine_blocks_clearance_and_checks_recorded_earlier_count()
    {
        var inspected = Applied(Laden(DeclarationStatus.InYard, ("105123456780", null)),
            new TransitionRequest(DeclarationAction.StartInspection, RiskChannel.Green, null, new ChecksUpdate(null, null, QuarantineResult.Failed, true)));

        var refused = TransitionDecider.Decide(inspected, Request(DeclarationAction.Clear), ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal(["clear.quarantineNotCleared"], Assert.IsType<TransitionRefused>(refused).Reasons.Select(r => r.Code));

        var cleared = Applied(inspected, new TransitionRequest(DeclarationAction.Clear, null, null, new ChecksUpdate(null, null, QuarantineResult.Passed, null)));
        Assert.True(cleared.Checks.FeePaid);
        Assert.Equal(QuarantineResult.Passed, cleared.ChecksSummary.Quarantine);
    }

    [Fact]
    public void The_fee_is_a_condition_of_exit_not_of_clearance()
    {
        var cleared = DeclarationProgress.New with { Status = DeclarationStatus.Cleared };

        var refused = TransitionDecider.Decide(cleared, Request(DeclarationAction.ConfirmExit), ActorKind.ResponsibleOfficer, _ => false);
        var error = Assert.Single(Assert.IsType<TransitionRefused>(refused).Reasons);
        Assert.Equal(("/checks/feePaid", "exit.feeNotPaid"), (error.Field, error.Code));

        var exited = Applied(cleared, new TransitionRequest(DeclarationAction.ConfirmExit, null, null, new ChecksUpdate(null, null, null, true)));
        Assert.Equal(DeclarationStatus.Exited, exited.Status);
    }

    [Fact]
    public void Each_customs_declaration_has_its_own_channel_and_the_truck_clears_when_every_group_is_cleared()
    {
        var inYard = Laden(DeclarationStatus.InYard, ("305123456780", null), ("305987654320", null));

        var green = Applied(inYard, new TransitionRequest(DeclarationAction.StartInspection, RiskChannel.Green, null, null) { CustomsDeclarationNumber = "305123456780" });
        var both = Applied(green, new TransitionRequest(DeclarationAction.StartInspection, RiskChannel.Red, null, null) { CustomsDeclarationNumber = "305987654320" });
        Assert.Equal(DeclarationStatus.UnderInspection, both.Status);
        Assert.Equal([RiskChannel.Green, RiskChannel.Red], both.Goods.Select(g => g.Channel));
        Assert.Equal(RiskChannel.Red, both.Channel);

        var greenCleared = Applied(both, new TransitionRequest(DeclarationAction.Clear, null, null, new ChecksUpdate(null, null, QuarantineResult.NotRequired, null)) { CustomsDeclarationNumber = "305123456780" });
        Assert.Equal(DeclarationStatus.UnderInspection, greenCleared.Status);
        Assert.Equal([true, false], greenCleared.Goods.Select(g => g.Cleared));

        var redRefused = TransitionDecider.Decide(greenCleared, new TransitionRequest(DeclarationAction.Clear, null, null, null) { CustomsDeclarationNumber = "305987654320" }, ActorKind.ResponsibleOfficer, _ => false);
        var reasons = Assert.IsType<TransitionRefused>(redRefused).Reasons;
        Assert.Equal(["clear.documentsNotPassed", "clear.physicalInspectionNotPassed", "clear.quarantineNotCleared"], reasons.Select(r => r.Code));
        Assert.Contains("305987654320", reasons[0].MessageVi, StringComparison.Ordinal);
        Assert.Contains("luồng đỏ", reasons[0].MessageVi, StringComparison.Ordinal);

        var cleared = Applied(greenCleared, new TransitionRequest(DeclarationAction.Clear, null, null,
            new ChecksUpdate(CheckResult.Passed, CheckResult.Passed, QuarantineResult.Passed, null))
        { CustomsDeclarationNumber = "305987654320" });
        Assert.Equal(DeclarationStatus.Cleared, cleared.Status);
        Assert.Equal(CheckResult.Passed, cleared.Goods[1].Checks.PhysicalInspection);
        Assert.Null(cleared.Goods[0].Checks.PhysicalInspection);
    }

    [Fact]
    public void A_group_already_cleared_or_a_declaration_not_on_the_truck_cannot_be_named()
    {
        var current = Laden(DeclarationStatus.UnderInspection, ("305123456780", RiskChannel.Green)) with { };
        current = current with { Goods = [current.Goods[0] with { Cleared = true }, new GoodsClearance("305987654320", RiskChannel.Green, ClearanceChecks.None, false)] };

        var again = TransitionDecider.Decide(current, new TransitionRequest(DeclarationAction.Clear, null, null, null) { CustomsDeclarationNumber = "305123456780" }, ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal(["goods.alreadyCleared"], Assert.IsType<TransitionRefused>(again).Reasons.Select(r => r.Code));

        var unknown = TransitionDecider.Decide(current, new TransitionRequest(DeclarationAction.StartInspection, RiskChannel.Red, null, null) { CustomsDeclarationNumber = "305000000000" }, ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal(["goods.declarationUnknown"], Assert.IsType<TransitionRefused>(unknown).Reasons.Select(r => r.Code));

        var onHold = TransitionDecider.Decide(current, new TransitionRequest(DeclarationAction.Hold, null, null, null) { CustomsDeclarationNumber = "305987654320" }, ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal(["goods.selectorNotApplicable"], Assert.IsType<TransitionRefused>(onHold).Reasons.Select(r => r.Code));
    }

    [Fact]
    public void A_truck_level_channel_and_checks_apply_to_every_goods_group()
    {
        var inYard = Laden(DeclarationStatus.InYard, ("105123456780", null), ("105987654320", null));

        var inspected = Applied(inYard, new TransitionRequest(DeclarationAction.StartInspection, RiskChannel.Yellow, null, null));
        var cleared = Applied(inspected, new TransitionRequest(DeclarationAction.Clear, null, null, new ChecksUpdate(CheckResult.Passed, null, QuarantineResult.NotRequired, null)));

        Assert.Equal(DeclarationStatus.Cleared, cleared.Status);
        Assert.All(cleared.Goods, group => Assert.Equal((RiskChannel.Yellow, true), (group.Channel!.Value, group.Cleared)));
        Assert.Equal(new ClearanceChecks(CheckResult.Passed, null, QuarantineResult.NotRequired, false), cleared.ChecksSummary);
    }

    [Fact]
    public void Clearance_names_every_laden_group_without_a_customs_declaration_number_until_the_declarant_links_it()
    {
        var current = Laden(DeclarationStatus.UnderInspection, ("105123456780", RiskChannel.Green), (null, RiskChannel.Green), (null, RiskChannel.Green));
        var checks = new ChecksUpdate(null, null, QuarantineResult.NotRequired, null);

        var refused = TransitionDecider.Decide(current, new TransitionRequest(DeclarationAction.Clear, null, null, checks), ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal([("/goods/1/customsDeclarationNumber", "clear.declarationNumberMissing"), ("/goods/2/customsDeclarationNumber", "clear.declarationNumberMissing")],
            Assert.IsType<TransitionRefused>(refused).Reasons.Select(r => (r.Field, r.Code)));

        var linked = Assert.IsType<TransitionApplied>(TransitionDecider.Decide(current, Link(1, "105123456791"), ActorKind.Owner, _ => false)).After;
        linked = Assert.IsType<TransitionApplied>(TransitionDecider.Decide(linked, Link(2, "105123456802"), ActorKind.Owner, _ => false)).After;
        Assert.Equal(DeclarationStatus.UnderInspection, linked.Status);
        Assert.Equal(["105123456780", "105123456791", "105123456802"], linked.Goods.Select(g => g.CustomsDeclarationNumber));

        Assert.Equal(DeclarationStatus.Cleared, Applied(linked, new TransitionRequest(DeclarationAction.Clear, null, null, checks)).Status);
    }

    [Theory]
    [InlineData(null, "105123456791", "/goodsIndex", "required")]
    [InlineData(5, "105123456791", "/goodsIndex", "goods.indexUnknown")]
    [InlineData(0, "105123456791", "/goodsIndex", "goods.declarationAlreadyLinked")]
    [InlineData(1, "305123456791", "/customsDeclarationNumber", "customsDeclaration.directionMismatch")]
    [InlineData(1, "10512345679", "/customsDeclarationNumber", "customsDeclaration.format")]
    [InlineData(1, "105123456780", "/customsDeclarationNumber", "goods.declarationDuplicate")]
    public void Linking_needs_a_group_without_a_number_and_a_valid_number_of_the_direction(int? index, string number, string field, string code)
    {
        var current = Laden(DeclarationStatus.Submitted, ("105123456780", null), (null, null));

        var outcome = TransitionDecider.Decide(current, Link(index, number), ActorKind.Owner, _ => false);

        var error = Assert.Single(Assert.IsType<TransitionRefused>(outcome).Reasons);
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public void Linking_is_the_declarants_and_ends_with_clearance()
    {
        var cleared = Laden(DeclarationStatus.Cleared, (null, RiskChannel.Green));

        Assert.IsType<TransitionNotAllowed>(TransitionDecider.Decide(cleared, Link(0, "105123456791"), ActorKind.Owner, _ => false));
        Assert.IsType<TransitionNotPermitted>(TransitionDecider.Decide(cleared with { Status = DeclarationStatus.InYard }, Link(0, "105123456791"), ActorKind.ResponsibleOfficer, _ => false));
    }

    [Fact]
    public void A_transshipment_to_a_chinese_vehicle_is_an_export_handed_over_at_the_border()
    {
        var export = Laden(DeclarationStatus.Cleared, ("305123456780", RiskChannel.Green)) with { Direction = Direction.Export };
        var transfer = new TransshipmentReport("桂F·12345", VehicleNationality.CN, "Khu vực chuyển tải Km0");

        var recorded = Applied(export, new TransitionRequest(DeclarationAction.Transship, null, null, null) { Transshipment = transfer });
        Assert.Equal(DeclarationStatus.Cleared, recorded.Status);
        var record = Assert.Single(recorded.Transshipments);
        Assert.Equal(VehicleNationality.CN, record.ReceivingNationality);
        Assert.Equal("Khu vực chuyển tải Km0", record.TransferArea);
        Assert.DoesNotContain('·', record.ReceivingPlateNumber);

        var import = export with { Direction = Direction.Import, Status = DeclarationStatus.InYard };
        var refused = TransitionDecider.Decide(import, new TransitionRequest(DeclarationAction.Transship, null, null, null) { Transshipment = transfer }, ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal(["transshipment.chineseVehicleForImport"], Assert.IsType<TransitionRefused>(refused).Reasons.Select(r => r.Code));

        var toVietnamese = Applied(import, new TransitionRequest(DeclarationAction.Transship, null, null, null) { Transshipment = new("12C-123.45", VehicleNationality.VN, "Bãi A") { VietnamesePlateProvinces = new HashSet<string> { "12" } } });
        Assert.Equal("12C12345", Assert.Single(toVietnamese.Transshipments).ReceivingPlateNumber);
    }

    [Fact]
    public void A_transshipment_needs_the_receiving_vehicle_and_the_area_and_goes_with_transship_only()
    {
        var inYard = Laden(DeclarationStatus.InYard, ("105123456780", null));

        var missing = TransitionDecider.Decide(inYard, new TransitionRequest(DeclarationAction.Transship, null, null, null) { Transshipment = new(null, null, " ") }, ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal(["/transshipment/receivingNationality", "/transshipment/transferArea"], Assert.IsType<TransitionRefused>(missing).Reasons.Select(r => r.Field));

        var none = TransitionDecider.Decide(inYard, new TransitionRequest(DeclarationAction.Transship, null, null, null), ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal(["/transshipment"], Assert.IsType<TransitionRefused>(none).Reasons.Select(r => r.Field));

        var elsewhere = TransitionDecider.Decide(inYard, new TransitionRequest(DeclarationAction.Hold, null, null, null) { Transshipment = new("12C-123.45", VehicleNationality.VN, "Bãi A") }, ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal(["transshipment.notApplicable"], Assert.IsType<TransitionRefused>(elsewhere).Reasons.Select(r => r.Code));
    }

    [Fact]
    public void A_turn_back_after_clearance_is_an_export_refused_by_the_chinese_side_with_its_reason()
    {
        var export = DeclarationProgress.New with { Status = DeclarationStatus.Cleared, Direction = Direction.Export };

        var noReason = TransitionDecider.Decide(export, new TransitionRequest(DeclarationAction.TurnBack, null, null, null), ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal([("/note", "turnBack.reasonRequired")], Assert.IsType<TransitionRefused>(noReason).Reasons.Select(r => (r.Field, r.Code)));

        var import = TransitionDecider.Decide(export with { Direction = Direction.Import }, Request(DeclarationAction.TurnBack) with { Note = "Phía Trung Quốc từ chối" }, ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal(["turnBack.clearedImport"], Assert.IsType<TransitionRefused>(import).Reasons.Select(r => r.Code));

        var turned = Applied(export, Request(DeclarationAction.TurnBack) with { Note = "Phía Trung Quốc không tiếp nhận lô hàng" });
        Assert.Equal(DeclarationStatus.TurnedBack, turned.Status);
    }

    [Fact]
    public void Lifecycle_messages_in_vietnamese_name_channels_as_officers_do()
    {
        var red = Laden(DeclarationStatus.UnderInspection, ("105123456780", RiskChannel.Red));

        var refused = Assert.IsType<TransitionRefused>(TransitionDecider.Decide(red, Request(DeclarationAction.Clear), ActorKind.ResponsibleOfficer, _ => false));

        Assert.All(refused.Reasons, reason =>
        {
            Assert.Contains("Tờ khai 105123456780 (luồng đỏ)", reason.MessageVi, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\b(red|yellow|green|hold|channel|clear)\b", reason.MessageVi);
        });
    }

    [Fact]
    public void A_declarant_cannot_record_checks()
    {
        var outcome = TransitionDecider.Decide(Ready(DeclarationStatus.Submitted), new TransitionRequest(DeclarationAction.Cancel, null, null, new ChecksUpdate(null, null, null, true)), ActorKind.Owner, _ => false);

        Assert.Equal(["checks.notApplicable"], Assert.IsType<TransitionRefused>(outcome).Reasons.Select(r => r.Code));
    }

    private static DeclarationProgress Applied(DeclarationProgress current, TransitionRequest request) =>
        Assert.IsType<TransitionApplied>(TransitionDecider.Decide(current, request, ActorKind.ResponsibleOfficer, code => code == "CONTROL_LS")).After;

    // An export in the status with whatever that status's own action needs already in place: a green goods group with
    // quarantine settled, the fee paid, and for a link a second goods group still without its customs declaration number.
    private static DeclarationProgress Ready(DeclarationStatus status, DeclarationAction action = DeclarationAction.Hold)
    {
        var declared = new GoodsClearance("305123456780", RiskChannel.Green, new ClearanceChecks(null, null, QuarantineResult.NotRequired, false), false);
        var ready = DeclarationProgress.New with
        {
            Status = status,
            Direction = Direction.Export,
            Channel = status == DeclarationStatus.UnderInspection ? RiskChannel.Green : null,
            Checks = new ClearanceChecks(null, null, null, true),
            Goods = action == DeclarationAction.LinkCustomsDeclaration ? [declared, GoodsClearance.Pending(null)] : [declared],
        };
        return status == DeclarationStatus.Held ? ready with { StatusBeforeHold = DeclarationStatus.InYard } : ready;
    }

    private static DeclarationProgress Laden(DeclarationStatus status, params (string? Number, RiskChannel? Channel)[] groups) =>
        DeclarationProgress.New with
        {
            Status = status,
            Goods = [.. groups.Select(group => GoodsClearance.Pending(group.Number) with { Channel = group.Channel })],
            Channel = RiskChannels.Strictest(groups.Select(group => group.Channel)),
        };

    private static TransitionRequest Link(int? index, string number) =>
        new(DeclarationAction.LinkCustomsDeclaration, null, null, null) { GoodsIndex = index, CustomsDeclarationNumber = number };

    private static TransitionRequest Request(DeclarationAction action) => action switch
    {
        DeclarationAction.StartInspection => new(action, RiskChannel.Yellow, null, null),
        DeclarationAction.LinkCustomsDeclaration => Link(1, "305123456791"),
        DeclarationAction.Transship => new(action, null, null, null) { Transshipment = new("桂F12345", VehicleNationality.CN, "Khu vực chuyển tải") },
        DeclarationAction.TurnBack => new(action, null, null, null) { Note = "Phía Trung Quốc không tiếp nhận" },
        _ => new(action, null, null, null),
    };

    private static Dictionary<(DeclarationStatus, DeclarationAction, ActorKind), DeclarationStatus> Parse(string table) =>
        table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' '))
            .ToDictionary(
                parts => (Enum.Parse<DeclarationStatus>(parts[0], true), Enum.Parse<DeclarationAction>(parts[1], true), parts[2] == "owner" ? ActorKind.Owner : ActorKind.ResponsibleOfficer),
                parts => parts[3] == "(before)" ? DeclarationStatus.Held : Enum.Parse<DeclarationStatus>(parts[3], true));
}
