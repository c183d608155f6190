using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>Vietnamese enterprise tax code (mã số thuế, MST): 10 digits, or 10 digits + "-" + a 3-digit branch.</summary>
public static partial class TaxCode
{
    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    public static string? Normalize(string? value) => value?.Trim();

    public static bool IsValid(string? value) => Validate(value).IsValid;

    public static RuleResult<string> Validate(string? value)
    {
        var code = Normalize(value);
        if (string.IsNullOrEmpty(code))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (!Shape().IsMatch(code))
        {
            return RuleFailure.Of(ErrorCodes.TaxCodeFormat);
        }

        if (ExpectedCheckDigit(code.AsSpan(0, 9)) != code[9] - '0')
        {
            return RuleFailure.Of(ErrorCodes.TaxCodeCheckDigit);
        }

        if (code.Length > 10 && code.EndsWith("-000", StringComparison.Ordinal))
        {
            return RuleFailure.Of(ErrorCodes.TaxCodeBranch);
        }

        return code;
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

    [GeneratedRegex(@"^[0-9]{10}(-[0-9]{3})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
