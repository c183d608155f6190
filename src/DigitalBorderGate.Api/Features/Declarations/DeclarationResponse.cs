using DigitalBorderGate.Domain.Lifecycle;
using DigitalBorderGate.Domain.Routing;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>
/// A declaration as the API shows it: identity, status and routing beside the normalised content, and the
/// non-blocking warnings of its latest submission or amendment (same shape as errors; often empty).
/// </summary>
internal sealed record DeclarationResponse(
    Guid Id,
    string ReferenceNumber,
    DeclarationStatus Status,
    int Version,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    RoutingView Routing,
    ClearanceView Clearance,
    DeclarationContent Declaration,
    IReadOnlyList<ProblemError> Warnings)
{
    /// <summary>
    /// The actions the caller may take now, from the lifecycle table; given when one declaration is read, so that a
    /// client offers exactly these and never keeps its own copy of the lifecycle. Named as in a transition's action and
    /// in a 409's allowedActions.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AllowedActions { get; init; }
}

/// <summary>
/// Where the declaration is on its way through the gate: whose queue holds it, the strictest risk channel of its
/// customs declarations, the checks summarised for the truck, while held the status the hold interrupted and the
/// Control team it was referred to; per goods group its own channel, checks and clearance; and the transfers to
/// receiving vehicles recorded in the yard.
/// </summary>
internal sealed record ClearanceView(
    string QueueUnitCode,
    RiskChannel? Channel,
    ClearanceChecks Checks,
    DeclarationStatus? StatusBeforeHold,
    string? ReferredToUnitCode,
    IReadOnlyList<GoodsClearanceView> Goods,
    IReadOnlyList<TransshipmentRecord> Transshipments)
{
    public static ClearanceView Of(string queueUnitCode, DeclarationProgress progress) => new(
        queueUnitCode, progress.Channel, progress.ChecksSummary, progress.StatusBeforeHold, progress.ReferredToUnitCode,
        [.. progress.Goods.Select((group, index) => new GoodsClearanceView(index, group.CustomsDeclarationNumber, group.Channel,
            new GoodsChecks(group.Checks.Documents, group.Checks.PhysicalInspection, group.Checks.Quarantine), group.Cleared))],
        progress.Transshipments);
}

/// <summary>One goods group's clearance: the customs declaration it is under, its channel, its checks, whether it is cleared.</summary>
internal sealed record GoodsClearanceView(int Index, string? CustomsDeclarationNumber, RiskChannel? Channel, GoodsChecks Checks, bool Cleared);

/// <summary>The checks recorded for one customs declaration's goods (the fee is the truck's).</summary>
internal sealed record GoodsChecks(CheckResult? Documents, CheckResult? PhysicalInspection, QuarantineResult? Quarantine);

/// <summary>Where a declaration was routed and why: the rule that fired and a reason a person can read.</summary>
internal sealed record RoutingView(string UnitCode, string UnitName, string UnitNameVi, string GateCode, string Rule, string Reason, string ReasonVi)
{
    /// <summary>Set when a reorganisation gave the gate to another branch and the declaration was closed here.</summary>
    public TransferView? TransferredTo { get; init; }

    public static RoutingView From(RoutingDecision decision) =>
        new(decision.UnitCode, decision.UnitNameEn, decision.UnitNameVi, decision.GateCode, decision.Rule, decision.Reason, decision.ReasonVi);
}

/// <summary>The branch that took over the declaration's gate, why, and when the declaration was closed here.</summary>
internal sealed record TransferView(string BranchCode, string BranchName, string BranchNameVi, string Reason, string ReasonVi, DateTimeOffset At);
