using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>HS code of the Vietnamese nomenclature (AHTN 2022): 8 digits in a real chapter, 01–97 except 77, or 98 (national).</summary>
public static partial class HsCode
{
    // Chapter 77 is reserved for future use in the Harmonized System; 98 holds Vietnam's national subheadings.
    private const int ReservedChapter = 77;
    private const int NationalChapter = 98;

    public static bool IsValid(string? value) => Validate(value).IsValid;

    public static RuleResult<string> Validate(string? value)
    {
        var code = value?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (!Shape().IsMatch(code))
        {
            return RuleFailure.Of(ErrorCodes.HsCodeFormat);
        }

        var chapter = (code[0] - '0') * 10 + (code[1] - '0');
        return chapter is >= 1 and <= NationalChapter && chapter != ReservedChapter ? code : RuleFailure.Of(ErrorCodes.HsCodeChapter);
    }

    [GeneratedRegex(@"^[0-9]{8}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
