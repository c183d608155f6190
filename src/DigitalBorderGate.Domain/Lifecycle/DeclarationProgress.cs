using DigitalBorderGate.Domain.Declarations;

namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>
/// Where a declaration stands on its way through the gate: its status, the status a hold interrupted, the risk
/// channel, the recorded checks and, while held on referral, the Control team it was referred to.
/// </summary>
public sealed record DeclarationProgress(
    DeclarationStatus Status,
    DeclarationStatus? StatusBeforeHold,
    RiskChannel? Channel,
    ClearanceChecks Checks,
    string? ReferredToUnitCode)
{
    public static readonly DeclarationProgress New = new(DeclarationStatus.Submitted, null, null, ClearanceChecks.None, null);

    public bool IsOpen => !DeclarationLifecycle.IsTerminal(Status);
}
