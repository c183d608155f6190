using System.Diagnostics.CodeAnalysis;

namespace DigitalBorderGate.Domain.Validation;

/// <summary>
/// Either the normalised declaration or every failure found, never both; warnings (same shape as errors) do not
/// stop a declaration and come back with it.
/// </summary>
public sealed record ValidationOutcome(DeclarationContent? Content, IReadOnlyList<ValidationError> Errors, IReadOnlyList<ValidationError> Warnings)
{
    [MemberNotNullWhen(true, nameof(Content))]
    public bool IsValid => Errors.Count == 0;
}
