using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>Unit of measure code, e.g. KGM, TNE, PCE, CTN: 2–5 letters or digits, upper-cased.</summary>
public static partial class UnitCode
{
    public static bool IsValid(string? value) => Validate(value).IsValid;

    public static RuleResult<string> Validate(string? value)
    {
        var unit = value?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(unit))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        return Shape().IsMatch(unit) ? unit : RuleFailure.Of(ErrorCodes.UnitFormat);
    }

    [GeneratedRegex(@"^[A-Z0-9]{2,5}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
