using CsCheck;

namespace DigitalBorderGate.Domain.Tests.Declarations;

public class VietnamTimeTests
{
    [Theory]
    [InlineData("2026-11-23T17:30:00Z", "2026-11-24")]
    [InlineData("2026-11-23T16:59:59Z", "2026-11-23")]
    [InlineData("2026-11-23T17:00:00Z", "2026-11-24")]
    [InlineData("2026-11-24T06:59:59+07:00", "2026-11-24")]
    [InlineData("2026-11-23T23:30:00-05:00", "2026-11-24")]
    public void DateOf_gives_the_calendar_date_in_Vietnam(string instant, string expected)
    {
        var date = VietnamTime.DateOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public void The_zone_is_UTC_plus_7_without_daylight_saving()
    {
        Assert.Equal(TimeSpan.FromHours(7), VietnamTime.Zone.GetUtcOffset(new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(7), VietnamTime.Zone.GetUtcOffset(new DateTimeOffset(2026, 7, 15, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_fixed_offset_fallback_agrees_with_the_zone_since_1976()
    {
        var since1976 = new DateTimeOffset(1976, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var until2100 = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

        Gen.Long[since1976, until2100].Select(DateTimeOffset.FromUnixTimeSeconds).Sample(instant =>
            Assert.Equal(
                TimeZoneInfo.ConvertTime(instant, VietnamTime.FixedOffsetZone).DateTime,
                TimeZoneInfo.ConvertTime(instant, VietnamTime.Zone).DateTime));
    }
}
