namespace DigitalBorderGate.Domain.Reference;

/// <summary>The state of a gate from one day to another, both inclusive; <paramref name="To"/> null means until further notice.</summary>
public sealed record GateStatePeriod(GateState State, DateOnly From, DateOnly? To, string NoteVi, string NoteEn)
{
    public bool Covers(DateOnly date) => ValidityPeriod.Covers(From, To, date);
}
