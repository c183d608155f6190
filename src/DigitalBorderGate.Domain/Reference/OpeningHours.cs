namespace DigitalBorderGate.Domain.Reference;

/// <summary>A gate's daily working hours in Vietnam's time, from <paramref name="Opens"/> up to <paramref name="Closes"/>.</summary>
public sealed record OpeningHours(TimeOnly Opens, TimeOnly Closes)
{
    /// <summary>True when the time of day falls within the hours; a closing time before the opening one runs past midnight.</summary>
    public bool Covers(TimeOnly time) => Opens <= Closes
        ? time >= Opens && time < Closes
        : time >= Opens || time < Closes;
}
