using DigitalBorderGate.Domain.Reference;

namespace DigitalBorderGate.Domain.Routing;

/// <summary>
/// Why no unit can receive the declaration (a stable code from <see cref="RoutingRefusalCodes"/>), and the gates
/// that could serve instead: same province first.
/// </summary>
public sealed record RoutingRefusal(
    string Code,
    string Message,
    string MessageVi,
    IReadOnlyList<GateAlternative> Alternatives) : RoutingOutcome
{
    /// <summary>The branch that serves the gate instead, where this one no longer does.</summary>
    public Branch? ServedBy { get; init; }
}
