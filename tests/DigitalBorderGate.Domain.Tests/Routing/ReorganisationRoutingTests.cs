using DigitalBorderGate.Domain.Routing;
using DigitalBorderGate.Domain.Tests.Reference;
using static DigitalBorderGate.Domain.Tests.Reference.SmallDataSet;

namespace DigitalBorderGate.Domain.Tests.Routing;

public class ReorganisationRoutingTests
{
    private static readonly DateOnly Arrival = new(2026, 11, 24);

    [Fact]
    public void A_gate_the_branch_no_longer_serves_is_refused_naming_the_branch_that_serves_it()
    {
        var refusal = Assert.IsType<RoutingRefusal>(GateRouter.Route(SeedFiles.July, "TRA_LINH", Arrival, TransportMode.Road, Direction.Export));

        Assert.Equal(RoutingRefusalCodes.NotServed, refusal.Code);
        Assert.Equal("REGION_XVI", refusal.ServedBy?.Code);
        Assert.Contains("Customs Branch of Region XVI", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Chi cục Hải quan khu vực XVI", refusal.MessageVi, StringComparison.Ordinal);
        Assert.NotEmpty(refusal.Alternatives);
        Assert.All(refusal.Alternatives, alternative => Assert.Equal("Lạng Sơn", alternative.Province));
    }

    [Fact]
    public void Alternatives_take_the_trucks_direction_and_mode_same_province_first()
    {
        var importsOnly = Gate("IMPORTS") with { Directions = [Direction.Import] };
        var elsewhere = Gate("ELSEWHERE") with { Province = "Cao Bằng" };
        var rail = Gate("RAIL") with { Mode = TransportMode.Rail };
        var data = SmallDataSet.With(
            units: [GateUnit("ALPHA"), GateUnit("BETA")],
            gates: [Gate("ALPHA", Period(GateState.Suspended, Start, null)), elsewhere, importsOnly, rail, Gate("BETA")],
            assignments: [Assign("ALPHA", "ALPHA"), Assign("BETA", "BETA"), Assign("BETA", "IMPORTS"), Assign("BETA", "ELSEWHERE"), Assign("BETA", "RAIL")]);

        var forExport = Assert.IsType<RoutingRefusal>(GateRouter.Route(data, "ALPHA", Arrival, TransportMode.Road, Direction.Export));
        var forImport = Assert.IsType<RoutingRefusal>(GateRouter.Route(data, "ALPHA", Arrival, TransportMode.Road, Direction.Import));

        Assert.Equal(["BETA", "ELSEWHERE"], forExport.Alternatives.Select(a => a.Code));
        Assert.Equal(["IMPORTS", "BETA", "ELSEWHERE"], forImport.Alternatives.Select(a => a.Code));
    }

    [Fact]
    public void A_gate_refuses_a_direction_it_does_not_handle()
    {
        var data = SmallDataSet.With(gates: [Gate("ALPHA") with { Directions = [Direction.Import] }, Gate("BETA")]);

        var refusal = Assert.IsType<RoutingRefusal>(GateRouter.Route(data, "ALPHA", Arrival, TransportMode.Road, Direction.Export));

        Assert.Equal(RoutingRefusalCodes.WrongDirection, refusal.Code);
        Assert.Equal(["BETA"], refusal.Alternatives.Select(a => a.Code));
    }

    [Fact]
    public void Every_unit_that_ends_in_july_2025_names_its_successor_and_every_cao_bang_gate_its_branch()
    {
        var ended = SeedFiles.March.Units.Select(u => u.Code).Except(SeedFiles.July.Units.Select(u => u.Code)).Order();

        Assert.Equal(ended, SeedFiles.July.Predecessors.Select(u => u.Code).Order());
        Assert.All(SeedFiles.July.Predecessors, former => Assert.Equal("REGION_XVI", former.SuccessorBranchCode));
        Assert.All(SeedFiles.July.Gates.Where(g => g.Province == "Cao Bằng"),
            gate => Assert.Equal("REGION_XVI", SeedFiles.July.HandoverOn(gate.Code, Arrival)?.BranchCode));
        Assert.Empty(ReferenceDataSetCheck.Problems(SeedFiles.July));
    }

    [Fact]
    public void The_check_refuses_a_former_unit_without_a_known_successor_and_a_gate_served_twice()
    {
        var data = SmallDataSet.With() with
        {
            OtherBranches = [new Branch("OTHER", "Chi cục khác", "Other branch")],
            GateHandovers = [new GateHandover("ALPHA", "OTHER", Start, null), new GateHandover("BETA", "NOWHERE", Start, null)],
            FormerUnits = [new FormerUnit("GONE", "Đơn vị cũ", "Gone", Start, null, null), new FormerUnit("ALPHA", "x", "x", Start, "BETA", null)],
        };

        var codes = ReferenceDataSetCheck.Problems(data).Select(p => p.Code).ToList();

        Assert.Contains(ReferenceDataProblemCodes.SuccessorMissing, codes);
        Assert.Contains(ReferenceDataProblemCodes.FormerUnitStillPresent, codes);
        Assert.Contains(ReferenceDataProblemCodes.UnknownBranch, codes);
        Assert.Contains(ReferenceDataProblemCodes.HandoverOverlapsAssignment, codes);
    }
}
