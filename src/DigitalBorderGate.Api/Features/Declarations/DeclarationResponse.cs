using DigitalBorderGate.Domain.Declarations;

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
    DeclarationContent Declaration);

/// <summary>Where a declaration was routed and why: the rule that fired and a reason a person can read.</summary>
public sealed record RoutingView(string UnitCode, string UnitName, string UnitNameVi, string GateCode, string Rule, string Reason, string ReasonVi);
