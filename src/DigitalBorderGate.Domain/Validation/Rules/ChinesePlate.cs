using System.Text.RegularExpressions;
using DigitalBorderGate.Domain.Declarations;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>
/// Chinese plate of Guangxi: optional 桂, a city letter (A–Z without I and O) and 5 letters or digits.
/// The platform stores plates without 桂, so 桂A12345 normalises to A12345.
/// </summary>
public static partial class ChinesePlate
{
    private const char Guangxi = '桂';

    // Abbreviations of the other provinces, so that a plate from elsewhere gets a message that says why.
    private const string OtherProvinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂甘晋蒙陕吉闽贵粤青藏川宁琼";

    /// <summary>Strips separators ('-', '.', '·') and white space and upper-cases; keeps any province character.</summary>
    public static string? Normalize(string? value) => value is null ? null : PlateNumber.Compact(value);

    public static bool IsValid(string? value) => Validate(value).IsValid;

    /// <summary>Validates and returns the plate without the province character.</summary>
    public static RuleResult<string> Validate(string? value)
    {
        var plate = Normalize(value);
        if (string.IsNullOrEmpty(plate))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (plate[0] == Guangxi)
        {
            plate = plate[1..];
        }
        else if (OtherProvinces.Contains(plate[0], StringComparison.Ordinal))
        {
            return RuleFailure.Of(ErrorCodes.PlateChineseProvince);
        }

        return Shape().IsMatch(plate) ? plate : RuleFailure.Of(ErrorCodes.PlateInvalid);
    }

    [GeneratedRegex(@"^[A-HJ-NP-Z][A-HJ-NP-Z0-9]{5}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
