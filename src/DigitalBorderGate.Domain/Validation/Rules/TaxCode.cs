using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>
/// Vietnamese tax code (mã số thuế, MST): an enterprise's 10 digits with a check digit; a dependent unit's 10 digits
/// and a 3-digit branch, with or without the hyphen (stored as NNNNNNNNNN-NNN); or, for individuals and household
/// businesses from 1 July 2025, the 12-digit personal identification number.
/// </summary>
public static partial class TaxCode
{
    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    /// <param name="value">The raw tax code.</param>
    /// <param name="identityProvinceCodes">The province codes that begin a 12-digit personal number.</param>
    public static RuleResult<string> Validate(string? value, IReadOnlySet<string> identityProvinceCodes)
    {
        ArgumentNullException.ThrowIfNull(identityProvinceCodes);
        var code = value?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (Personal().IsMatch(code))
        {
            return IdentityNumber.HasKnownProvince(code, identityProvinceCodes) ? code : RuleFailure.Of(ErrorCodes.TaxCodeProvinceCode);
        }

        var match = Enterprise().Match(code);
        if (!match.Success)
        {
            return RuleFailure.Of(ErrorCodes.TaxCodeFormat);
        }

        var enterprise = match.Groups["enterprise"].Value;
        if (ExpectedCheckDigit(enterprise.AsSpan(0, 9)) != enterprise[9] - '0')
        {
            return RuleFailure.Of(ErrorCodes.TaxCodeCheckDigit);
        }

        var branch = match.Groups["branch"];
        if (!branch.Success)
        {
            return enterprise;
        }

        return branch.Value == "000" ? RuleFailure.Of(ErrorCodes.TaxCodeBranch) : $"{enterprise}-{branch.Value}";
    }

    // A weighted sum divisible by 11 would need the check digit 10, so no such tax code is ever issued.
    private static int? ExpectedCheckDigit(ReadOnlySpan<char> firstNine)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (firstNine[i] - '0') * Weights[i];
        }

        var check = 10 - (sum % 11);
        return check == 10 ? null : check;
    }

    // VNACCS prints a branch code as 13 digits without the hyphen.
    [GeneratedRegex(@"^(?<enterprise>[0-9]{10})(-?(?<branch>[0-9]{3}))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Enterprise();

    [GeneratedRegex(@"^[0-9]{12}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Personal();
}
