namespace DigitalBorderGate.Domain.Lifecycle;

public enum CheckResult { Passed, Failed }

public enum QuarantineResult { Passed, Failed, NotRequired }

/// <summary>The control points an officer records on the way to clearance (domain §6): what a clear depends on.</summary>
public sealed record ClearanceChecks(CheckResult? Documents, CheckResult? PhysicalInspection, QuarantineResult? Quarantine, bool FeePaid)
{
    public static readonly ClearanceChecks None = new(null, null, null, false);

    /// <summary>Recorded results replace earlier ones; what the update leaves out is kept.</summary>
    public ClearanceChecks With(ChecksUpdate? update) => update is null ? this : new(
        update.Documents ?? Documents,
        update.PhysicalInspection ?? PhysicalInspection,
        update.Quarantine ?? Quarantine,
        update.FeePaid ?? FeePaid);
}

/// <summary>Check results sent with an action; null means "not reported this time".</summary>
public sealed record ChecksUpdate(CheckResult? Documents, CheckResult? PhysicalInspection, QuarantineResult? Quarantine, bool? FeePaid);
