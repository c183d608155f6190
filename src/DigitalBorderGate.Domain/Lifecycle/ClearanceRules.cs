using DigitalBorderGate.Domain.Validation;

namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>
/// What a clear needs, by risk channel: green clears at once (no inspection), yellow after the document check,
/// red after the documents and a physical inspection; every channel needs quarantine settled and the fees paid.
/// </summary>
public static class ClearanceRules
{
    public static IReadOnlyList<ValidationError> Unmet(RiskChannel? channel, ClearanceChecks checks)
    {
        var unmet = new List<ValidationError>();
        if (channel is RiskChannel.Yellow or RiskChannel.Red && checks.Documents != CheckResult.Passed)
        {
            unmet.Add(ErrorCatalog.Create("/checks/documents", ErrorCodes.ClearDocumentsNotPassed, [channel.Value]));
        }
        if (channel is RiskChannel.Red && checks.PhysicalInspection != CheckResult.Passed)
        {
            unmet.Add(ErrorCatalog.Create("/checks/physicalInspection", ErrorCodes.ClearPhysicalInspectionNotPassed));
        }
        if (checks.Quarantine is not (QuarantineResult.Passed or QuarantineResult.NotRequired))
        {
            unmet.Add(ErrorCatalog.Create("/checks/quarantine", ErrorCodes.ClearQuarantineNotCleared));
        }
        if (!checks.FeePaid)
        {
            unmet.Add(ErrorCatalog.Create("/checks/feePaid", ErrorCodes.ClearFeeNotPaid));
        }
        return unmet;
    }
}
