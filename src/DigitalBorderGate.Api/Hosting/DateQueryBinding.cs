using System.Globalization;

namespace DigitalBorderGate.Api.Hosting;

/// <summary>
/// A time in a route or query string is ISO 8601 with its offset; a date alone (<c>2026-11-23</c>) is 00:00 of that
/// day in Vietnam (+07:00), the day the branch works by, and a time without an offset is Vietnam's time too, whatever
/// the server's own time zone.
/// </summary>
internal static class DateQueryBinding
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static void Configure(BindingOptions binding)
    {
        binding.ValueParserFor<DateTimeOffset>(Parse);
        binding.ValueParserFor<DateTimeOffset?>(Parse);
    }

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        text = text?.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return InVietnam(date.ToDateTime(TimeOnly.MinValue), out value);
        }
        if (text is { Length: > 0 } && (text.EndsWith('Z') || text.EndsWith('z') || HasOffset(text)))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return InVietnam(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), out value);
        }
        value = default;
        return false;
    }

    /// <summary>The clock time in Vietnam; false for the first hours of year 1, which have no instant to name.</summary>
    private static bool InVietnam(DateTime clockTime, out DateTimeOffset value)
    {
        if (clockTime - DateTime.MinValue < VietnamOffset)
        {
            value = default;
            return false;
        }
        value = new DateTimeOffset(clockTime, VietnamOffset);
        return true;
    }

    /// <summary>Ends with ±hh:mm or ±hhmm after the time.</summary>
    private static bool HasOffset(string text) =>
        text.LastIndexOfAny(['+', '-']) is var sign and > 10 && text.IndexOf('T', StringComparison.OrdinalIgnoreCase) is var t and > 0 && sign > t;

    private static ParseResult Parse(Microsoft.Extensions.Primitives.StringValues values) =>
        TryParse(values.ToString(), out var value) ? new ParseResult(true, value) : new ParseResult(false, null);
}
