using System.Globalization;
using DigitalBorderGate.Domain.Reference;

namespace DigitalBorderGate.Api.Data.ReferenceData;

/// <summary>Opening hours are stored as HH:mm text, which both providers keep and compare the same way.</summary>
internal static class GateClock
{
    private const string Format24h = "HH:mm";

    public static string? Format(TimeOnly? time) => time?.ToString(Format24h, CultureInfo.InvariantCulture);

    public static OpeningHours? Hours(string? opens, string? closes) =>
        opens is null || closes is null
            ? null
            : new OpeningHours(
                TimeOnly.ParseExact(opens, Format24h, CultureInfo.InvariantCulture),
                TimeOnly.ParseExact(closes, Format24h, CultureInfo.InvariantCulture));
}
