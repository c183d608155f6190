using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>
/// Chinese plate (GA 36-2018): an optional province character, a city letter (A–Z without I and O), then 5 letters
/// or digits (regular), 6 (new-energy: D/F or A–K then 5, or 5 digits then D/F), or 4 and 挂 (trailers). The
/// province character is kept when given; plates from outside Guangxi are valid, and earn a warning elsewhere.
/// </summary>
public static partial class ChinesePlate
{
    public const char Guangxi = '桂';

    // The one-character abbreviations of the 31 provincial-level divisions of mainland China.
    private const string Provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂甘晋蒙陕吉闽贵粤青藏川宁琼桂";

    public static bool IsProvinceCharacter(char c) => Provinces.Contains(c, StringComparison.Ordinal);

    /// <summary>The province character of a normalised plate, or null when the plate was written without one.</summary>
    public static char? ProvinceOf(string plate) => plate.Length > 0 && IsProvinceCharacter(plate[0]) ? plate[0] : null;

    public static bool IsValid(string? value) => Validate(value).IsValid;

    public static RuleResult<string> Validate(string? value, PlateRole role = PlateRole.Truck)
    {
        var plate = value is null ? null : PlateNumber.Compact(value);
        if (string.IsNullOrEmpty(plate))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        var body = ProvinceOf(plate) is null ? plate : plate[1..];
        if (Trailer().IsMatch(body))
        {
            return role == PlateRole.Trailer ? plate : RuleFailure.Of(ErrorCodes.PlateTrailerOnTruck);
        }

        if (Regular().IsMatch(body) || NewEnergySmall().IsMatch(body) || NewEnergyLarge().IsMatch(body))
        {
            return role == PlateRole.Truck ? plate : RuleFailure.Of(ErrorCodes.PlateTrailerSeries);
        }

        return RuleFailure.Of(ErrorCodes.PlateInvalid);
    }

    [GeneratedRegex(@"^[A-HJ-NP-Z][A-HJ-NP-Z0-9]{5}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Regular();

    [GeneratedRegex(@"^[A-HJ-NP-Z][A-HJK][A-HJ-NP-Z0-9][0-9]{4}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NewEnergySmall();

    [GeneratedRegex(@"^[A-HJ-NP-Z][0-9]{5}[DF]\z", RegexOptions.CultureInvariant)]
    private static partial Regex NewEnergyLarge();

    [GeneratedRegex(@"^[A-HJ-NP-Z][A-HJ-NP-Z0-9]{4}挂\z", RegexOptions.CultureInvariant)]
    private static partial Regex Trailer();
}
