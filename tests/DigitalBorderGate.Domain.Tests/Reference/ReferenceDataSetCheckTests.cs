using static DigitalBorderGate.Domain.Tests.Reference.SmallDataSet;

namespace DigitalBorderGate.Domain.Tests.Reference;

public class ReferenceDataSetCheckTests
{
    private static IEnumerable<string> ProblemCodes(ReferenceDataSet data) =>
        ReferenceDataSetCheck.Problems(data).Select(problem => problem.Code);

    [Fact]
    public void A_sound_small_data_set_has_no_problems()
    {
        Assert.Empty(ReferenceDataSetCheck.Problems(With()));
    }

    [Fact]
    public void Duplicate_unit_codes_are_reported()
    {
        var data = With(units: [GateUnit("ALPHA"), GateUnit("BETA"), GateUnit("ALPHA")]);

        var problem = Assert.Single(ReferenceDataSetCheck.Problems(data));
        Assert.Equal(ReferenceDataProblemCodes.DuplicateUnitCode, problem.Code);
        Assert.Contains("ALPHA", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_gate_codes_are_reported()
    {
        var data = With(gates: [Gate("ALPHA"), Gate("BETA"), Gate("BETA")]);

        Assert.Contains(ReferenceDataProblemCodes.DuplicateGateCode, ProblemCodes(data));
    }

    [Fact]
    public void Duplicate_vehicle_class_codes_are_reported()
    {
        var light = new VehicleClass("VT1", "Xe tải nhẹ", "Light truck", TransportMode.Road);
        var data = With(vehicleClasses: [light, light with { NameEn = "Another" }]);

        Assert.Equal([ReferenceDataProblemCodes.DuplicateVehicleClassCode], ProblemCodes(data));
    }

    [Fact]
    public void An_assignment_naming_an_unknown_unit_is_reported()
    {
        var data = With(assignments: [Assign("ALPHA", "ALPHA"), Assign("GHOST", "BETA")]);

        var problem = Assert.Single(ReferenceDataSetCheck.Problems(data));
        Assert.Equal(ReferenceDataProblemCodes.UnknownUnit, problem.Code);
        Assert.Contains("GHOST", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assignment_naming_an_unknown_gate_is_reported()
    {
        var data = With(assignments: [Assign("ALPHA", "ALPHA"), Assign("BETA", "NOWHERE")]);

        Assert.Equal([ReferenceDataProblemCodes.UnknownGate], ProblemCodes(data));
    }

    [Fact]
    public void Overlapping_assignments_of_one_gate_are_reported()
    {
        var data = With(assignments:
        [
            Assign("ALPHA", "ALPHA"),
            Assign("BETA", "BETA", to: new(2026, 7, 1)),
            Assign("ALPHA", "BETA", from: new(2026, 7, 1)),
        ]);

        Assert.Equal([ReferenceDataProblemCodes.OverlappingAssignments], ProblemCodes(data));
    }

    [Fact]
    public void Assignments_of_one_gate_that_follow_each_other_are_fine()
    {
        var data = With(assignments:
        [
            Assign("ALPHA", "ALPHA"),
            Assign("BETA", "BETA", to: new(2026, 6, 30)),
            Assign("ALPHA", "BETA", from: new(2026, 7, 1)),
        ]);

        Assert.Empty(ReferenceDataSetCheck.Problems(data));
    }

    [Fact]
    public void A_team_with_gates_is_reported()
    {
        var data = With(
            units: [GateUnit("ALPHA"), Team("CONTROL")],
            assignments: [Assign("ALPHA", "ALPHA"), Assign("CONTROL", "BETA")]);

        Assert.Equal([ReferenceDataProblemCodes.TeamWithGates], ProblemCodes(data));
    }

    [Fact]
    public void Overlapping_state_periods_of_a_gate_are_reported()
    {
        var gate = Gate("BETA",
            Period(GateState.Open, Start, null),
            Period(GateState.Suspended, new(2026, 3, 1), new(2026, 3, 31)));

        Assert.Equal([ReferenceDataProblemCodes.OverlappingStatePeriods], ProblemCodes(With(gates: [Gate("ALPHA"), gate])));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_reported()
    {
        var gate = Gate("BETA", Period(GateState.Open, new(2026, 3, 1), new(2026, 2, 28)));
        var data = With(
            gates: [Gate("ALPHA"), gate],
            assignments: [Assign("ALPHA", "ALPHA"), Assign("BETA", "BETA", new(2026, 3, 1), new(2026, 2, 1))]);

        Assert.Equal([ReferenceDataProblemCodes.EndsBeforeStart, ReferenceDataProblemCodes.EndsBeforeStart], ProblemCodes(data));
    }

    [Fact]
    public void Several_problems_are_all_reported_together()
    {
        var data = With(
            units: [GateUnit("ALPHA"), GateUnit("ALPHA")],
            assignments: [Assign("ALPHA", "ALPHA"), Assign("GHOST", "NOWHERE")]);

        Assert.Equal(
            [ReferenceDataProblemCodes.DuplicateUnitCode, ReferenceDataProblemCodes.UnknownUnit, ReferenceDataProblemCodes.UnknownGate],
            ProblemCodes(data));
    }
}
