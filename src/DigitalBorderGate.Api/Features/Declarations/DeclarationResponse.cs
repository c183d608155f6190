using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Domain.Lifecycle;
using DigitalBorderGate.Domain.Routing;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>A declaration as the API shows it: identity, status and routing beside the normalised content.</summary>
public sealed record DeclarationResponse(
    Guid Id,
    string ReferenceNumber,
    DeclarationStatus Status,
    int Version,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    RoutingView Routing,
    ClearanceView Clearance,
    DeclarationContent Declaration);

/// <summary>
/// Where the declaration is on its way through the gate: whose queue holds it, the risk channel, the recorded
/// checks, and while held, the status the hold interrupted and the Control team it was referred to.
/// </summary>
public sealed record ClearanceView(string QueueUnitCode, RiskChannel? Channel, ClearanceChecks Checks, DeclarationStatus? StatusBeforeHold, string? ReferredToUnitCode);

/// <summary>Where a declaration was routed and why: the rule that fired and a reason a person can read.</summary>
public sealed record RoutingView(string UnitCode, string UnitName, string UnitNameVi, string GateCode, string Rule, string Reason, string ReasonVi)
{
    /// <summary>Set when a reorganisation gave the gate to another branch and the declaration was closed here.</summary>
    public TransferView? TransferredTo { get; init; }

    public static RoutingView From(RoutingDecision decision) =>
        new(decision.UnitCode, decision.UnitNameEn, decision.UnitNameVi, decision.GateCode, decision.Rule, decision.Reason, decision.ReasonVi);
}

/// <summary>The branch that took over the declaration's gate, why, and when the declaration was closed here.</summary>
public sealed record TransferView(string BranchCode, string BranchName, string BranchNameVi, string Reason, string ReasonVi, DateTimeOffset At);
