namespace DigitalBorderGate.Domain.Reference;

/// <summary>A border gate, specialised opening or clearance route on the border with China.</summary>
/// <param name="ChineseSide">The gate facing it across the border; null where the sources do not say.</param>
/// <param name="Directions">The directions it handles; null when both.</param>
/// <param name="OpeningHours">The daily working hours; null where the sources do not say (no arrival is then outside them).</param>
public sealed record BorderGate(
    string Code,
    string NameVi,
    string NameEn,
    string Province,
    GateType Type,
    TransportMode Mode,
    string? ChineseSide,
    bool AcceptsGoods,
    IReadOnlyList<GateStatePeriod> States,
    OpeningHours? OpeningHours = null,
    IReadOnlyList<Direction>? Directions = null)
{
    public bool Handles(Direction? direction) => direction is null || Directions is null || Directions.Contains(direction.Value);

    /// <summary>The period covering the date, or null when none does.</summary>
    public GateStatePeriod? StatePeriodOn(DateOnly date) => States.FirstOrDefault(period => period.Covers(date));

    // A gate may only be used by a decision that opened it, so a day no period covers counts as closed.
    public GateState StateOn(DateOnly date) => StatePeriodOn(date)?.State ?? GateState.Closed;

    /// <summary>Open on the date and allowed to handle goods.</summary>
    public bool IsOpenForGoodsOn(DateOnly date) => AcceptsGoods && StateOn(date) == GateState.Open;
}
