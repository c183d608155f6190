using DigitalBorderGate.Domain.Codes;

namespace DigitalBorderGate.Domain.Validation;

/// <summary>
/// What validation depends on besides the draft itself: the current time (passed in, never read from a clock), the
/// reference lists of gates and vehicle classes (compared after trimming and upper-casing) and the national code lists.
/// </summary>
public sealed record ValidationPolicy(
    DateTimeOffset Now,
    int MaxDaysAhead,
    IReadOnlySet<string> KnownGateCodes,
    IReadOnlySet<string> KnownVehicleClasses,
    CodeLists Codes)
{
    public const int DefaultMaxDaysAhead = Rules.ExpectedArrival.DefaultMaxDaysAhead;
}
