namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>
/// An action as asked for: with the channel for <c>startInspection</c>, the Control team for a referring <c>hold</c>,
/// the customs declaration whose goods a <c>startInspection</c> or <c>clear</c> concerns (all goods when null), the
/// goods group and number a declarant links, the transfer of a <c>transship</c>, and the note (a turn-back's reason).
/// </summary>
public sealed record TransitionRequest(DeclarationAction Action, RiskChannel? Channel, string? ReferToUnitCode, ChecksUpdate? Checks)
{
    public string? CustomsDeclarationNumber { get; init; }

    public int? GoodsIndex { get; init; }

    public TransshipmentReport? Transshipment { get; init; }

    public string? Note { get; init; }
}
