using DigitalBorderGate.Domain.Routing;
using DigitalBorderGate.Domain.Tests.Reference;
using static DigitalBorderGate.Domain.Tests.Reference.SmallDataSet;

namespace DigitalBorderGate.Domain.Tests.Routing;

public class ReroutingTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void Under_the_july_2025_structure_a_cao_bang_declaration_is_transferred_to_region_xvi()
    {
        var outcome = Rerouting.Decide(SeedFiles.July, new RoutedDeclaration("TA_LUNG", "TA_LUNG", null, Today), Today);

        var transferred = Assert.IsType<TransferredOut>(outcome);
        Assert.Equal("REGION_XVI", transferred.Branch.Code);
        Assert.Contains("Chi cục Hải quan khu vực XVI", transferred.ReasonVi, StringComparison.Ordinal);
        Assert.Contains("01/07/2025", transferred.ReasonVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_july_2025_structure_a_lang_son_declaration_stays_with_its_unit()
    {
        Assert.IsType<RouteUnchanged>(Rerouting.Decide(SeedFiles.July, new RoutedDeclaration("PO_NHUNG", "HUU_NGHI", null, Today), Today));
    }

    [Fact]
    public void A_gate_given_to_another_unit_moves_its_open_declarations_there_naming_the_rule_and_the_former_unit()
    {
        var data = SmallDataSet.With(
            units: [GateUnit("BETA")],
            assignments: [Assign("BETA", "ALPHA"), Assign("BETA", "BETA")]) with
        {
            FormerUnits = [new FormerUnit("ALPHA", "Hải quan ALPHA", "ALPHA Customs", Start.AddDays(-1), "BETA", null)],
        };

        var rerouted = Assert.IsType<Rerouted>(Rerouting.Decide(data, new RoutedDeclaration("ALPHA", "ALPHA", null, Today), Today));

        Assert.Equal(("BETA", "ALPHA", RoutingRules.Reorganisation), (rerouted.Routing.UnitCode, rerouted.Routing.GateCode, rerouted.Routing.Rule));
        Assert.Contains("ALPHA Customs ended on 2025-12-31", rerouted.Routing.Reason, StringComparison.Ordinal);
        Assert.Contains("Hải quan ALPHA", rerouted.Routing.ReasonVi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_referral_to_a_control_team_that_ended_passes_to_its_successor_team_or_back_to_the_gate_unit()
    {
        var newTeam = Team("CONTROL_NEW") with { AcceptsReferrals = true };
        var withSuccessor = SmallDataSet.With(units: [GateUnit("ALPHA"), GateUnit("BETA"), newTeam]) with
        {
            FormerUnits = [new FormerUnit("CONTROL_OLD", "Đội cũ", "Old team", Start.AddDays(-1), "CONTROL_NEW", null)],
        };
        var held = new RoutedDeclaration("ALPHA", "ALPHA", "CONTROL_OLD", Today);

        Assert.Equal("CONTROL_NEW", Assert.IsType<Rerouted>(Rerouting.Decide(withSuccessor, held, Today)).ReferredToUnitCode);
        Assert.Null(Assert.IsType<Rerouted>(Rerouting.Decide(SmallDataSet.With(), held, Today)).ReferredToUnitCode);
    }

    [Fact]
    public void The_unit_serving_from_today_takes_a_truck_that_was_due_before_the_change()
    {
        var data = SmallDataSet.With(assignments: [Assign("ALPHA", "ALPHA", to: Today.AddDays(-1)), Assign("BETA", "ALPHA", from: Today), Assign("BETA", "BETA")]);

        var rerouted = Assert.IsType<Rerouted>(Rerouting.Decide(data, new RoutedDeclaration("ALPHA", "ALPHA", null, Today.AddDays(-3)), Today));

        Assert.Equal("BETA", rerouted.Routing.UnitCode);
    }

    [Fact]
    public void A_gate_that_neither_a_unit_nor_another_branch_serves_cannot_take_open_declarations()
    {
        var data = SmallDataSet.With(assignments: [Assign("BETA", "BETA")]);

        Assert.IsType<NoServingUnit>(Rerouting.Decide(data, new RoutedDeclaration("ALPHA", "ALPHA", null, Today), Today));
    }
}
