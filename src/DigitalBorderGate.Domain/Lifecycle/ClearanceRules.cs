using DigitalBorderGate.Domain.Validation;

namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>
/// What clearing one customs declaration's goods needs, by its risk channel: green clears at once, yellow after the
/// document check, red after the documents and a physical inspection; every channel needs quarantine settled. The
/// infrastructure fee is the province's and is paid before the truck leaves the yard: a condition of exit, not of
/// clearance (see <see cref="ExitRules"/>).
/// </summary>
public static class ClearanceRules
{
    /// <param name="customsDeclarationNumber">The declaration the goods are under; null for an empty truck, which clears as a vehicle.</param>
    public static IReadOnlyList<ValidationError> Unmet(RiskChannel? channel, ClearanceChecks checks, string? customsDeclarationNumber)
    {
        var unmet = new List<ValidationError>();
        if (channel is null)
        {
            unmet.Add(Create("/channel", ErrorCodes.ClearChannelMissing, Subject(customsDeclarationNumber).ToLowerInvariant(), SubjectVi(customsDeclarationNumber).ToLowerInvariant()));
            return unmet;
        }
        var subject = $"{Subject(customsDeclarationNumber)} ({RiskChannels.Name(channel.Value)})";
        var subjectVi = $"{SubjectVi(customsDeclarationNumber)} ({RiskChannels.NameVi(channel.Value)})";
        if (channel is RiskChannel.Yellow or RiskChannel.Red && checks.Documents != CheckResult.Passed)
        {
            unmet.Add(Create("/checks/documents", ErrorCodes.ClearDocumentsNotPassed, subject, subjectVi));
        }
        if (channel is RiskChannel.Red && checks.PhysicalInspection != CheckResult.Passed)
        {
            unmet.Add(Create("/checks/physicalInspection", ErrorCodes.ClearPhysicalInspectionNotPassed, subject, subjectVi));
        }
        if (checks.Quarantine is not (QuarantineResult.Passed or QuarantineResult.NotRequired))
        {
            unmet.Add(Create("/checks/quarantine", ErrorCodes.ClearQuarantineNotCleared, subject, subjectVi));
        }
        return unmet;
    }

    private static string Subject(string? number) => number is null ? "The vehicle" : $"Customs declaration {number}";

    private static string SubjectVi(string? number) => number is null ? "Phương tiện" : $"Tờ khai {number}";

    private static ValidationError Create(string field, string code, string subject, string subjectVi) =>
        ErrorCatalog.Create(field, code, [subject], [subjectVi]);
}

/// <summary>What leaving the yard needs: the border-gate infrastructure fee paid.</summary>
public static class ExitRules
{
    public static IReadOnlyList<ValidationError> Unmet(ClearanceChecks truckChecks) =>
        truckChecks.FeePaid ? [] : [ErrorCatalog.Create("/checks/feePaid", ErrorCodes.ExitFeeNotPaid)];
}
