namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>
/// Where one goods group stands: VNACCS gives each customs declaration its own risk channel, so officers record the
/// channel and the checks per group, and a group is cleared on its own.
/// </summary>
/// <param name="CustomsDeclarationNumber">Null until the declarant links the number.</param>
public sealed record GoodsClearance(string? CustomsDeclarationNumber, RiskChannel? Channel, ClearanceChecks Checks, bool Cleared)
{
    public static GoodsClearance Pending(string? customsDeclarationNumber) => new(customsDeclarationNumber, null, ClearanceChecks.None, false);
}
