namespace DigitalBorderGate.Domain.Routing;

/// <summary>The unit that receives the declaration, with the rule applied (a stable code from <see cref="RoutingRules"/>) and why.</summary>
public sealed record RoutingDecision(
    string UnitCode,
    string UnitNameVi,
    string UnitNameEn,
    string GateCode,
    string Rule,
    string Reason,
    string ReasonVi) : RoutingOutcome;
