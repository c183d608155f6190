using DigitalBorderGate.Domain.Reference;

namespace DigitalBorderGate.Domain.Routing;

/// <summary>An open declaration as it was routed before the structure changed.</summary>
/// <param name="ReferredToUnitCode">The Control team holding it on referral, if any.</param>
public sealed record RoutedDeclaration(string GateCode, string UnitCode, string? ReferredToUnitCode, DateOnly ArrivalDate);

/// <summary>What <see cref="Rerouting"/> decided for one open declaration.</summary>
public abstract record RerouteOutcome
{
    private protected RerouteOutcome()
    {
    }
}

/// <summary>The unit that served the gate still does, and any referral still stands: nothing changes.</summary>
public sealed record RouteUnchanged : RerouteOutcome;

/// <summary>The declaration moves to the unit that now serves its gate (rule <see cref="RoutingRules.Reorganisation"/>), and, if held on referral, to the Control team that now takes it (null: back to that unit's queue).</summary>
public sealed record Rerouted(RoutingDecision Routing, string? ReferredToUnitCode) : RerouteOutcome;

/// <summary>Another branch serves the gate now: the declaration is closed here as transferred to it.</summary>
public sealed record TransferredOut(Branch Branch, string Reason, string ReasonVi) : RerouteOutcome;

/// <summary>Neither a unit of the branch nor another branch is named for the gate: the data set cannot be used as it is.</summary>
public sealed record NoServingUnit(string Reason) : RerouteOutcome;
