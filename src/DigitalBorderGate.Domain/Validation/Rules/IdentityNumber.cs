using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>
/// Driver's identity document number: 6–20 letters or digits, which covers the Vietnamese citizen ID (12 digits),
/// passports and the Chinese resident ID (17 digits and a digit or X).
/// </summary>
public static partial class IdentityNumber
{
    public static string? Normalize(string? value) => value?.Trim().ToUpperInvariant();

    public static bool IsValid(string? value) => Validate(value).IsValid;

    public static RuleResult<string> Validate(string? value)
    {
        var number = Normalize(value);
        if (string.IsNullOrEmpty(number))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        return Shape().IsMatch(number) ? number : RuleFailure.Of(ErrorCodes.IdentityNumberInvalid);
    }

    [GeneratedRegex(@"^[A-Z0-9]{6,20}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
