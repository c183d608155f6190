using static DigitalBorderGate.Domain.Tests.Reference.SmallDataSet;

namespace DigitalBorderGate.Domain.Tests.Reference;

public class DatedReferenceTests
{
    private static readonly BorderGate SuspendedInJanuary = Gate("ALPHA",
        Period(GateState.Open, new(2025, 3, 15), new(2026, 1, 9)),
        Period(GateState.Suspended, new(2026, 1, 10), new(2026, 1, 20)),
        Period(GateState.Open, new(2026, 1, 21), null));

    [Theory]
    [InlineData("2026-01-09", GateState.Open)]
    [InlineData("2026-01-10", GateState.Suspended)]
    [InlineData("2026-01-20", GateState.Suspended)]
    [InlineData("2026-01-21", GateState.Open)]
    [InlineData("2030-12-31", GateState.Open)]
    public void A_state_period_applies_from_its_first_to_its_last_day_inclusive(string day, GateState expected)
    {
        Assert.Equal(expected, SuspendedInJanuary.StateOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_day_no_period_covers_counts_as_closed()
    {
        var gate = Gate("ALPHA", Period(GateState.Open, new(2026, 1, 1), new(2026, 6, 30)));

        Assert.Equal(GateState.Closed, gate.StateOn(new(2025, 12, 31)));
        Assert.Equal(GateState.Open, gate.StateOn(new(2026, 6, 30)));
        Assert.Equal(GateState.Closed, gate.StateOn(new(2026, 7, 1)));
    }

    [Fact]
    public void The_serving_unit_follows_the_assignment_valid_on_the_day()
    {
        var data = With(assignments:
        [
            Assign("ALPHA", "ALPHA"),
            Assign("ALPHA", "BETA", to: new(2026, 6, 30)),
            Assign("BETA", "BETA", from: new(2026, 7, 1)),
        ]);

        Assert.Equal("ALPHA", data.ServingUnit("BETA", new(2026, 6, 30))?.Code);
        Assert.Equal("BETA", data.ServingUnit("BETA", new(2026, 7, 1))?.Code);
        Assert.Null(data.ServingUnit("BETA", new(2025, 12, 31)));
        Assert.Equal(["ALPHA", "BETA"], data.GatesServedBy("ALPHA", new(2026, 6, 30)).Select(gate => gate.Code));
        Assert.Equal(["ALPHA"], data.GatesServedBy("ALPHA", new(2026, 7, 1)).Select(gate => gate.Code));
    }

    [Fact]
    public void An_unknown_gate_has_no_serving_unit()
    {
        Assert.Null(With().ServingUnit("NOWHERE", Start));
    }
}
