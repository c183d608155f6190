using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>Customs seal number: 1–30 letters, digits or hyphens, upper-cased.</summary>
public static partial class SealNumber
{
    public static bool IsValid(string? value) => Validate(value).IsValid;

    public static RuleResult<string> Validate(string? value)
    {
        var seal = value?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(seal))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        return Shape().IsMatch(seal) ? seal : RuleFailure.Of(ErrorCodes.SealFormat);
    }

    [GeneratedRegex(@"^[A-Z0-9-]{1,30}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
