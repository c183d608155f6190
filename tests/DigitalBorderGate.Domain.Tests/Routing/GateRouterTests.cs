using DigitalBorderGate.Domain.Routing;
using DigitalBorderGate.Domain.Tests.Reference;
using static DigitalBorderGate.Domain.Tests.Reference.SmallDataSet;

namespace DigitalBorderGate.Domain.Tests.Routing;

public class GateRouterTests
{
    private static readonly DateOnly Arrival = new(2026, 11, 24);

    private static RoutingDecision Decided(RoutingOutcome outcome) => Assert.IsType<RoutingDecision>(outcome);

    private static RoutingRefusal Refused(RoutingOutcome outcome) => Assert.IsType<RoutingRefusal>(outcome);

    [Fact]
    public void A_gate_with_its_own_unit_goes_to_that_unit()
    {
        var decision = Decided(GateRouter.Route(SeedFiles.March, "HUU_NGHI", Arrival, TransportMode.Road));

        Assert.Equal("HUU_NGHI", decision.UnitCode);
        Assert.Equal("HUU_NGHI", decision.GateCode);
        Assert.Equal(RoutingRules.GateOwnUnit, decision.Rule);
        Assert.Equal("Huu Nghi International Border Gate Customs", decision.UnitNameEn);
        Assert.Equal("Hải quan cửa khẩu quốc tế Hữu Nghị", decision.UnitNameVi);
    }

    [Fact]
    public void A_secondary_gate_without_a_unit_goes_to_the_unit_the_assignment_names()
    {
        var decision = Decided(GateRouter.Route(SeedFiles.March, "PO_NHUNG", Arrival, TransportMode.Road));

        Assert.Equal("HUU_NGHI", decision.UnitCode);
        Assert.Equal(RoutingRules.GateServedByNeighbour, decision.Rule);
        Assert.Equal(
            "Pò Nhùng has no customs unit of its own; the assignment valid from 2025-03-15 gives it to Huu Nghi International Border Gate Customs.",
            decision.Reason);
        Assert.Contains("Pò Nhùng", decision.ReasonVi, StringComparison.Ordinal);
        Assert.Contains("15/03/2025", decision.ReasonVi, StringComparison.Ordinal);
    }

    [Fact]
    public void An_opening_goes_to_the_unit_the_assignment_names()
    {
        var decision = Decided(GateRouter.Route(SeedFiles.March, "NA_LAN", Arrival, TransportMode.Road));

        Assert.Equal("TA_LUNG", decision.UnitCode);
        Assert.Equal(RoutingRules.GateServedByNeighbour, decision.Rule);
    }

    [Fact]
    public void A_rail_wagon_at_the_railway_station_goes_to_the_station_unit()
    {
        var decision = Decided(GateRouter.Route(SeedFiles.March, "DONG_DANG_RAIL", Arrival, TransportMode.Rail));

        Assert.Equal("DONG_DANG_RAIL", decision.UnitCode);
        Assert.Equal(RoutingRules.GateOwnUnit, decision.Rule);
    }

    [Fact]
    public void A_suspended_gate_is_refused_with_open_gates_of_the_same_province_first()
    {
        var refusal = Refused(GateRouter.Route(SeedFiles.March, "LY_VAN", Arrival, TransportMode.Road));

        Assert.Equal(RoutingRefusalCodes.Suspended, refusal.Code);
        Assert.Contains("Lý Vạn (Hạ Lang)", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("suspended", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Lý Vạn (Hạ Lang)", refusal.MessageVi, StringComparison.Ordinal);
        Assert.Contains("tạm dừng", refusal.MessageVi, StringComparison.Ordinal);

        var codes = refusal.Alternatives.Select(alternative => alternative.Code).ToList();
        Assert.Equal(["TRA_LINH", "TA_LUNG", "SOC_GIANG", "BI_HA", "NA_LAN", "NA_DOONG", "DINH_PHONG"], codes.Take(7));
        Assert.All(refusal.Alternatives.Skip(7), alternative => Assert.Equal("Lạng Sơn", alternative.Province));
        Assert.Equal(17, codes.Count);
        Assert.DoesNotContain("LY_VAN", codes);
    }

    [Fact]
    public void Alternatives_are_open_for_goods_of_the_requested_mode_and_name_their_serving_unit()
    {
        var refusal = Refused(GateRouter.Route(SeedFiles.March, "LY_VAN", Arrival, TransportMode.Road));
        var codes = refusal.Alternatives.Select(alternative => alternative.Code).ToList();

        Assert.DoesNotContain("PO_PEO", codes);
        Assert.DoesNotContain("BAN_KHOONG", codes);
        Assert.DoesNotContain("TA_LUNG_II", codes);
        Assert.DoesNotContain("DONG_DANG_RAIL", codes);
        var poNhung = Assert.Single(refusal.Alternatives, alternative => alternative.Code == "PO_NHUNG");
        Assert.Equal(new GateAlternative("PO_NHUNG", "Pò Nhùng", "Po Nhung", "Lạng Sơn", "HUU_NGHI"), poNhung);
    }

    [Fact]
    public void A_gate_not_open_for_goods_is_refused()
    {
        var refusal = Refused(GateRouter.Route(SeedFiles.March, "PO_PEO", Arrival, TransportMode.Road));

        Assert.Equal(RoutingRefusalCodes.NotOpenForGoods, refusal.Code);
        Assert.Contains("Pò Peo", refusal.MessageVi, StringComparison.Ordinal);
        Assert.Equal("Cao Bằng", refusal.Alternatives[0].Province);
    }

    [Fact]
    public void An_open_gate_that_does_not_accept_goods_is_refused_as_not_open_for_goods()
    {
        var data = With(gates: [Gate("ALPHA"), Gate("BETA") with { AcceptsGoods = false }]);

        var refusal = Refused(GateRouter.Route(data, "BETA", Start, TransportMode.Road));

        Assert.Equal(RoutingRefusalCodes.NotOpenForGoods, refusal.Code);
        Assert.Equal(["ALPHA"], refusal.Alternatives.Select(alternative => alternative.Code));
    }

    [Theory]
    [InlineData("BAN_KHOONG")]
    [InlineData("TA_LUNG_II")]
    public void A_planned_clearance_route_is_refused(string gateCode)
    {
        var refusal = Refused(GateRouter.Route(SeedFiles.March, gateCode, Arrival, TransportMode.Road));

        Assert.Equal(RoutingRefusalCodes.Planned, refusal.Code);
        Assert.Contains("clearance route", refusal.Message, StringComparison.Ordinal);
        Assert.StartsWith("Lối thông quan", refusal.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_road_vehicle_at_the_railway_station_is_refused_with_road_gates_nearby()
    {
        var refusal = Refused(GateRouter.Route(SeedFiles.March, "DONG_DANG_RAIL", Arrival, TransportMode.Road));

        Assert.Equal(RoutingRefusalCodes.WrongMode, refusal.Code);
        Assert.Contains("rail", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("đường sắt", refusal.MessageVi, StringComparison.Ordinal);
        Assert.Equal("HUU_NGHI", refusal.Alternatives[0].Code);
        Assert.DoesNotContain(refusal.Alternatives, alternative => alternative.Code == "DONG_DANG_RAIL");
    }

    [Fact]
    public void The_mode_is_checked_before_the_state()
    {
        var refusal = Refused(GateRouter.Route(SeedFiles.March, "LY_VAN", Arrival, TransportMode.Rail));

        Assert.Equal(RoutingRefusalCodes.WrongMode, refusal.Code);
        Assert.Equal(["DONG_DANG_RAIL"], refusal.Alternatives.Select(alternative => alternative.Code));
    }

    [Fact]
    public void The_state_is_checked_before_the_assignment()
    {
        var refusal = Refused(GateRouter.Route(SeedFiles.July, "LY_VAN", Arrival, TransportMode.Road));

        Assert.Equal(RoutingRefusalCodes.Suspended, refusal.Code);
    }

    [Fact]
    public void Switching_to_the_July_2025_data_set_leaves_Cao_Bang_gates_unserved()
    {
        Assert.Equal("TA_LUNG", Decided(GateRouter.Route(SeedFiles.March, "TA_LUNG", Arrival, TransportMode.Road)).UnitCode);

        var refusal = Refused(GateRouter.Route(SeedFiles.July, "TA_LUNG", Arrival, TransportMode.Road));

        Assert.Equal(RoutingRefusalCodes.NotServed, refusal.Code);
        Assert.Contains("served by the Customs Branch of Region XVI from 2025-07-01, not by this branch", refusal.Message, StringComparison.Ordinal);
        Assert.NotEmpty(refusal.Alternatives);
        Assert.All(refusal.Alternatives, alternative => Assert.Equal("Lạng Sơn", alternative.Province));
    }

    [Fact]
    public void Lang_Son_gates_are_still_served_under_the_July_2025_data_set()
    {
        var decision = Decided(GateRouter.Route(SeedFiles.July, "PO_NHUNG", Arrival, TransportMode.Road));

        Assert.Equal("HUU_NGHI", decision.UnitCode);
        Assert.Contains("2025-07-01", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gate_is_served_again_after_its_suspension_ends()
    {
        var gate = Gate("BETA",
            Period(GateState.Open, Start, new(2026, 3, 9)),
            Period(GateState.Suspended, new(2026, 3, 10), new(2026, 3, 20)),
            Period(GateState.Open, new(2026, 3, 21), null));
        var data = With(gates: [Gate("ALPHA"), gate]);

        Assert.Equal(RoutingRefusalCodes.Suspended, Refused(GateRouter.Route(data, "BETA", new(2026, 3, 20), TransportMode.Road)).Code);
        Assert.Equal("BETA", Decided(GateRouter.Route(data, "BETA", new(2026, 3, 21), TransportMode.Road)).UnitCode);
    }

    [Fact]
    public void A_gate_with_no_state_on_the_day_is_refused_as_closed()
    {
        var data = With(gates: [Gate("ALPHA"), Gate("BETA", Period(GateState.Open, Start, new(2026, 6, 30)))]);

        var refusal = Refused(GateRouter.Route(data, "BETA", new(2026, 7, 1), TransportMode.Road));

        Assert.Equal(RoutingRefusalCodes.Closed, refusal.Code);
        Assert.Equal(["ALPHA"], refusal.Alternatives.Select(alternative => alternative.Code));
    }

    [Fact]
    public void An_explicitly_closed_gate_is_refused_as_closed()
    {
        var data = With(gates: [Gate("ALPHA"), Gate("BETA", Period(GateState.Closed, Start, null))]);

        Assert.Equal(RoutingRefusalCodes.Closed, Refused(GateRouter.Route(data, "BETA", Start, TransportMode.Road)).Code);
    }

    [Fact]
    public void The_unit_follows_the_assignment_valid_on_the_arrival_date()
    {
        var data = With(assignments:
        [
            Assign("ALPHA", "ALPHA"),
            Assign("BETA", "BETA", to: new(2026, 6, 30)),
            Assign("ALPHA", "BETA", from: new(2026, 7, 1)),
        ]);

        var before = Decided(GateRouter.Route(data, "BETA", new(2026, 6, 30), TransportMode.Road));
        var after = Decided(GateRouter.Route(data, "BETA", new(2026, 7, 1), TransportMode.Road));

        Assert.Equal(("BETA", RoutingRules.GateOwnUnit), (before.UnitCode, before.Rule));
        Assert.Equal(("ALPHA", RoutingRules.GateServedByNeighbour), (after.UnitCode, after.Rule));
    }

    [Fact]
    public void Alternatives_leave_out_gates_with_no_serving_unit_on_the_day()
    {
        var data = With(
            gates: [Gate("ALPHA"), Gate("BETA"), Gate("GAMMA", Period(GateState.Suspended, Start, null))],
            assignments: [Assign("ALPHA", "ALPHA", to: new(2026, 6, 30)), Assign("BETA", "BETA")]);

        var refusal = Refused(GateRouter.Route(data, "GAMMA", new(2026, 7, 1), TransportMode.Road));

        Assert.Equal(["BETA"], refusal.Alternatives.Select(alternative => alternative.Code));
    }

    [Fact]
    public void An_unknown_gate_is_refused_without_throwing()
    {
        var refusal = Refused(GateRouter.Route(SeedFiles.March, "ATLANTIS", Arrival, TransportMode.Road));

        Assert.Equal(RoutingRefusalCodes.Unknown, refusal.Code);
        Assert.Contains("ATLANTIS", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(refusal.Alternatives);
    }
}
