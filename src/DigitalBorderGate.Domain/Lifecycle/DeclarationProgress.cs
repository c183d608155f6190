namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>
/// Where a declaration stands on its way through the gate: its status, the status a hold interrupted, the risk
/// channel (the strictest of its goods groups'), the truck's own checks (the fee; every check of an empty truck),
/// while held on referral the Control team it was referred to, and per goods group its channel, checks and clearance.
/// </summary>
public sealed record DeclarationProgress(
    DeclarationStatus Status,
    DeclarationStatus? StatusBeforeHold,
    RiskChannel? Channel,
    ClearanceChecks Checks,
    string? ReferredToUnitCode)
{
    public static readonly DeclarationProgress New = new(DeclarationStatus.Submitted, null, null, ClearanceChecks.None, null);

    public Direction Direction { get; init; }

    /// <summary>One entry per goods group of the content, in its order; empty for an empty truck.</summary>
    public IReadOnlyList<GoodsClearance> Goods { get; init; } = [];

    /// <summary>The transfers to receiving vehicles recorded in the yard, oldest first.</summary>
    public IReadOnlyList<TransshipmentRecord> Transshipments { get; init; } = [];

    public bool IsOpen => !DeclarationLifecycle.IsTerminal(Status);

    public bool IsLaden => Goods.Count > 0;

    /// <summary>
    /// The checks as one truck-level summary, for clients that read them per truck: a check failed on any group is
    /// failed, a check recorded on every group is that result, otherwise not yet recorded. The fee is the truck's.
    /// </summary>
    public ClearanceChecks ChecksSummary => !IsLaden ? Checks : new(
        Summary(Goods.Select(group => group.Checks.Documents), CheckResult.Failed),
        Summary(Goods.Select(group => group.Checks.PhysicalInspection), CheckResult.Failed),
        Summary(Goods.Select(group => group.Checks.Quarantine), QuarantineResult.Failed),
        Checks.FeePaid);

    private static T? Summary<T>(IEnumerable<T?> results, T failed) where T : struct, Enum
    {
        var all = results.ToList();
        if (all.Any(result => result is { } value && value.Equals(failed)))
        {
            return failed;
        }
        return all.All(result => result is not null) ? all.Min() : null;
    }
}
