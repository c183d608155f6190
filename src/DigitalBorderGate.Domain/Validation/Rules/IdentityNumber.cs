using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>
/// Driver's identity document number: a Vietnamese citizen identity number (12 digits, the first three a province
/// code), or another document of 6–20 letters or digits (passports, the Chinese resident ID of 17 digits and a digit or X).
/// </summary>
public static partial class IdentityNumber
{
    private const int CitizenIdentityLength = 12;

    /// <summary>True when the first three digits of a 12-digit number are a province code of the list.</summary>
    public static bool HasKnownProvince(string twelveDigits, IReadOnlySet<string> provinceCodes) =>
        twelveDigits.Length == CitizenIdentityLength && provinceCodes.Contains(twelveDigits[..3]);

    public static RuleResult<string> Validate(string? value, IReadOnlySet<string> provinceCodes)
    {
        ArgumentNullException.ThrowIfNull(provinceCodes);
        var number = value?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(number))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (!Shape().IsMatch(number))
        {
            return RuleFailure.Of(ErrorCodes.IdentityNumberInvalid);
        }

        var citizenIdentity = number.Length == CitizenIdentityLength && number.All(char.IsAsciiDigit);
        return !citizenIdentity || HasKnownProvince(number, provinceCodes) ? number : RuleFailure.Of(ErrorCodes.IdentityNumberProvinceCode);
    }

    [GeneratedRegex(@"^[A-Z0-9]{6,20}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
