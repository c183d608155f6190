using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>
/// Vietnamese plate: a provincial code of the national list, 1–2 series letters, 4–5 digits (12C-123.45 → 12C12345).
/// Series R is for trailers and semi-trailers only.
/// </summary>
public static partial class VietnamesePlate
{
    private const char TrailerSeriesLetter = 'R';

    /// <param name="value">The raw plate.</param>
    /// <param name="provinceCodes">The two-digit provincial codes (seeds/codes/vietnam-plate-provinces.json).</param>
    /// <param name="role">A truck's own plate may not be in series R; a trailer's must be.</param>
    public static RuleResult<string> Validate(string? value, IReadOnlySet<string> provinceCodes, PlateRole role = PlateRole.Truck)
    {
        ArgumentNullException.ThrowIfNull(provinceCodes);
        var plate = value is null ? null : PlateNumber.Compact(value);
        if (string.IsNullOrEmpty(plate))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (!Shape().IsMatch(plate))
        {
            return RuleFailure.Of(ErrorCodes.PlateInvalid);
        }

        if (!provinceCodes.Contains(plate[..2]))
        {
            return RuleFailure.Of(ErrorCodes.PlateProvinceCode);
        }

        var trailerSeries = plate.AsSpan(2).TrimEnd("0123456789").Contains(TrailerSeriesLetter);
        return (role, trailerSeries) switch
        {
            (PlateRole.Truck, true) => RuleFailure.Of(ErrorCodes.PlateTrailerOnTruck),
            (PlateRole.Trailer, false) => RuleFailure.Of(ErrorCodes.PlateTrailerSeries),
            _ => plate,
        };
    }

    [GeneratedRegex(@"^[0-9]{2}[A-HK-NP-VXYZĐ]{1,2}[0-9]{4,5}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
