namespace DigitalBorderGate.Domain.Reference;

/// <summary>A gate this branch no longer serves: another branch serves it from one day to another, both inclusive.</summary>
public sealed record GateHandover(string GateCode, string BranchCode, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly date) => ValidityPeriod.Covers(From, To, date);
}
