using System.Diagnostics.CodeAnalysis;
using DigitalBorderGate.Domain.Declarations;

namespace DigitalBorderGate.Domain.Validation;

/// <summary>Either the normalised declaration or every failure found, never both.</summary>
public sealed record ValidationOutcome(DeclarationContent? Content, IReadOnlyList<ValidationError> Errors)
{
    [MemberNotNullWhen(true, nameof(Content))]
    public bool IsValid => Errors.Count == 0;
}
