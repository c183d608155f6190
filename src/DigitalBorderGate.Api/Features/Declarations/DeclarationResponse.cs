using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Api.Problems;
using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>
/// A declaration as the API shows it: identity, status and routing beside the normalised content, and the
/// non-blocking warnings of its latest submission or amendment (same shape as errors; often empty).
/// </summary>
public sealed record DeclarationResponse(
    Guid Id,
    string ReferenceNumber,
    DeclarationStatus Status,
    int Version,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    RoutingView Routing,
    ClearanceView Clearance,
    DeclarationContent Declaration,
    IReadOnlyList<ProblemError> Warnings);

/// <summary>
/// Where the declaration is on its way through the gate: whose queue holds it, the risk channel, the recorded
/// checks, and while held, the status the hold interrupted and the Control team it was referred to.
/// </summary>
public sealed record ClearanceView(string QueueUnitCode, RiskChannel? Channel, ClearanceChecks Checks, DeclarationStatus? StatusBeforeHold, string? ReferredToUnitCode);

/// <summary>Where a declaration was routed and why: the rule that fired and a reason a person can read.</summary>
public sealed record RoutingView(string UnitCode, string UnitName, string UnitNameVi, string GateCode, string Rule, string Reason, string ReasonVi);
