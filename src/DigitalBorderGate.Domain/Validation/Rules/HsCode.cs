using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>HS code of the Vietnamese nomenclature (AHTN 2022): exactly 8 digits.</summary>
public static partial class HsCode
{
    public static bool IsValid(string? value) => Validate(value).IsValid;

    public static RuleResult<string> Validate(string? value)
    {
        var code = value?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        return Shape().IsMatch(code) ? code : RuleFailure.Of(ErrorCodes.HsCodeFormat);
    }

    [GeneratedRegex(@"^[0-9]{8}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
