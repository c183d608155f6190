namespace DigitalBorderGate.Domain.Declarations;

/// <summary>Vietnam's time zone (UTC+07:00 all year: Vietnam has no daylight saving time).</summary>
public static class VietnamTime
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>UTC+07:00 as a fixed zone, for systems without a time zone database (e.g. slim containers).</summary>
    public static TimeZoneInfo FixedOffsetZone { get; } =
        TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.FromHours(7), "Vietnam (UTC+07:00)", "Indochina Time");

    public static TimeZoneInfo Zone { get; } = Resolve();

    /// <summary>The calendar date in Vietnam at the instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The same instant as Vietnam's clocks show it (offset +07:00).</summary>
    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private static TimeZoneInfo Resolve()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return FixedOffsetZone;
        }
    }
}
