using System.Globalization;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>
/// Expected arrival at the gate: an ISO 8601 date-time with an explicit offset (Z or ±hh:mm), after now and at most
/// a configured number of days ahead; normalised to UTC.
/// </summary>
public static class ExpectedArrival
{
    public const int DefaultMaxDaysAhead = 30;

    private const long MaxWindowDays = 4_000_000;

    // No format without an offset: a local time would be read in the server's zone, not the truck's.
    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    private static readonly string[] UtcFormats =
    [
        "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    public static bool TryParse(string? value, out DateTimeOffset utc)
    {
        utc = default;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || DateTimeOffset.TryParseExact(text, UtcFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed))
        {
            utc = parsed.ToUniversalTime();
            return true;
        }

        return false;
    }

    public static RuleResult<DateTimeOffset> Validate(string? value, DateTimeOffset now, int maxDaysAhead = DefaultMaxDaysAhead)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (!TryParse(value, out var arrival))
        {
            return RuleFailure.Of(ErrorCodes.ArrivalFormat);
        }

        if (arrival <= now)
        {
            return RuleFailure.Of(ErrorCodes.ArrivalNotInFuture);
        }

        // Compared as a span, and the window capped, so that no 'now' or policy value can overflow.
        var window = TimeSpan.FromTicks(Math.Clamp(maxDaysAhead, 0, MaxWindowDays) * TimeSpan.TicksPerDay);
        return arrival - now <= window
            ? arrival
            : RuleFailure.Of(ErrorCodes.ArrivalTooFarAhead, maxDaysAhead);
    }
}
