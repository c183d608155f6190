namespace DigitalBorderGate.Domain.Reference;

/// <summary>Which unit serves a gate, from one day to another, both inclusive; <paramref name="To"/> null means until further notice.</summary>
public sealed record UnitGateAssignment(string UnitCode, string GateCode, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly date) => ValidityPeriod.Covers(From, To, date);
}
