namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>An action as asked for: with the channel for <c>startInspection</c> and the Control team for a referring <c>hold</c>.</summary>
public sealed record TransitionRequest(DeclarationAction Action, RiskChannel? Channel, string? ReferToUnitCode, ChecksUpdate? Checks);
