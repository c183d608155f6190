using System.Text;
using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>Vietnamese plate: 2-digit province, 1–2 series letters, 4–5 digits (e.g. 12C-123.45 → 12C12345).</summary>
public static partial class VietnamesePlate
{
    private const char TrailerSeriesLetter = 'R';

    /// <summary>Strips '-', '.' and white space and upper-cases (đ → Đ).</summary>
    public static string? Normalize(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '-' or '.' || char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c == 'đ' ? 'Đ' : char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    public static bool IsValid(string? value) => Validate(value).IsValid;

    public static RuleResult<string> Validate(string? value)
    {
        var plate = Normalize(value);
        if (string.IsNullOrEmpty(plate))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        return Shape().IsMatch(plate) ? plate : RuleFailure.Of(ErrorCodes.PlateInvalid);
    }

    /// <summary>A valid plate whose series letters include R, the series of trailers and semi-trailers.</summary>
    public static RuleResult<string> ValidateTrailer(string? value)
    {
        var result = Validate(value);
        if (!result.IsValid)
        {
            return result;
        }

        var plate = result.Value!;
        var series = plate.AsSpan(2).TrimEnd("0123456789");
        return series.Contains(TrailerSeriesLetter) ? plate : RuleFailure.Of(ErrorCodes.PlateTrailerSeries);
    }

    [GeneratedRegex(@"^[0-9]{2}[A-HK-NP-VXYZĐ]{1,2}[0-9]{4,5}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
