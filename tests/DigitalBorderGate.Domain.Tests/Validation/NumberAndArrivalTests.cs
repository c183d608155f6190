namespace DigitalBorderGate.Domain.Tests.Validation;

public class NumberAndArrivalTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0.01", null)]
    [InlineData("60000", null)]
    [InlineData("60000.01", ErrorCodes.WeightTruckLimit)]
    [InlineData("0", ErrorCodes.NumberNotPositive)]
    [InlineData("-5", ErrorCodes.NumberNotPositive)]
    public void Weights_are_positive_and_within_the_truck_limit(string kg, string? expectedCode) =>
        Assert.Equal(expectedCode, Weight.Validate(decimal.Parse(kg, System.Globalization.CultureInfo.InvariantCulture)).ErrorCode);

    [Theory]
    [InlineData("0.001", null)]
    [InlineData("1000000000", null)]
    [InlineData("1000000000.5", ErrorCodes.NumberTooLarge)]
    [InlineData("0", ErrorCodes.NumberNotPositive)]
    [InlineData("-1", ErrorCodes.NumberNotPositive)]
    public void Quantities_are_positive_and_bounded(string quantity, string? expectedCode) =>
        Assert.Equal(expectedCode, Quantity.Validate(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture)).ErrorCode);

    [Fact]
    public void Missing_numbers_are_required()
    {
        Assert.Equal(ErrorCodes.Required, Weight.Validate(null).ErrorCode);
        Assert.Equal(ErrorCodes.Required, Quantity.Validate(null).ErrorCode);
    }

    [Theory]
    [InlineData("2026-11-24T08:30:00+07:00", "2026-11-24T01:30:00Z")]
    [InlineData("2026-11-24T01:30:00Z", "2026-11-24T01:30:00Z")]
    [InlineData("2026-11-24T01:30Z", "2026-11-24T01:30:00Z")]
    [InlineData("2026-11-24T08:30+07:00", "2026-11-24T01:30:00Z")]
    [InlineData("2026-11-24T08:30:00.1234567+07:00", "2026-11-24T01:30:00.1234567Z")]
    [InlineData("2026-11-23T20:30:00-05:00", "2026-11-24T01:30:00Z")]
    public void Arrival_times_with_an_offset_parse_to_utc(string input, string expectedUtc)
    {
        var result = ExpectedArrival.Validate(input, Now);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), result.Value);
        Assert.Equal(TimeSpan.Zero, result.Value.Offset);
    }

    [Theory]
    [InlineData("2026-11-24T08:30:00")]
    [InlineData("2026-11-24")]
    [InlineData("24/11/2026 08:30 +07:00")]
    [InlineData("2026-11-24 08:30:00+07:00")]
    [InlineData("2026-13-24T08:30:00+07:00")]
    [InlineData("next tuesday")]
    public void Arrival_times_without_an_offset_or_not_ISO_are_a_format_error(string input) =>
        Assert.Equal(ErrorCodes.ArrivalFormat, ExpectedArrival.Validate(input, Now).ErrorCode);

    [Fact]
    public void Arrival_window_edges()
    {
        string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(ErrorCodes.ArrivalNotInFuture, ExpectedArrival.Validate(Iso(Now), Now).ErrorCode);
        Assert.Equal(ErrorCodes.ArrivalNotInFuture, ExpectedArrival.Validate(Iso(Now.AddHours(-1)), Now).ErrorCode);
        Assert.True(ExpectedArrival.Validate(Iso(Now.AddTicks(1)), Now).IsValid);
        Assert.True(ExpectedArrival.Validate(Iso(Now.AddDays(30)), Now).IsValid);
        Assert.Equal(ErrorCodes.ArrivalTooFarAhead, ExpectedArrival.Validate(Iso(Now.AddDays(30).AddTicks(1)), Now).ErrorCode);
        Assert.True(ExpectedArrival.Validate(Iso(Now.AddDays(7)), Now, maxDaysAhead: 7).IsValid);
        Assert.Equal(ErrorCodes.ArrivalTooFarAhead, ExpectedArrival.Validate(Iso(Now.AddDays(7).AddSeconds(1)), Now, maxDaysAhead: 7).ErrorCode);
    }

    [Fact]
    public void Extreme_clocks_and_windows_do_not_overflow()
    {
        Assert.Equal(ErrorCodes.ArrivalNotInFuture, ExpectedArrival.Validate("2026-11-24T08:30:00Z", DateTimeOffset.MaxValue, int.MaxValue).ErrorCode);
        Assert.True(ExpectedArrival.Validate("9999-12-31T00:00:00Z", DateTimeOffset.MinValue, int.MaxValue).IsValid);
        Assert.Equal(ErrorCodes.ArrivalTooFarAhead, ExpectedArrival.Validate("2026-11-24T08:30:00Z", Now, -1).ErrorCode);
    }

    [Fact]
    public void The_same_instant_in_another_offset_is_judged_by_the_instant()
    {
        // 08:00+07:00 is 01:00Z, exactly now: not in the future although its wall-clock time is later.
        Assert.Equal(ErrorCodes.ArrivalNotInFuture, ExpectedArrival.Validate("2026-11-20T08:00:00+07:00", Now).ErrorCode);
        Assert.True(ExpectedArrival.Validate("2026-11-20T08:00:01+07:00", Now).IsValid);
    }

    [Theory]
    [InlineData(" import ", Direction.Import)]
    [InlineData("EXPORT", Direction.Export)]
    [InlineData("Import", Direction.Import)]
    public void Directions_parse_in_any_case(string input, Direction expected) => Assert.Equal(expected, DirectionValue.Validate(input).Value);

    [Theory]
    [InlineData("transit", ErrorCodes.DirectionInvalid)]
    [InlineData("1", ErrorCodes.DirectionInvalid)]
    [InlineData("", ErrorCodes.Required)]
    public void Other_directions_fail(string input, string expectedCode) => Assert.Equal(expectedCode, DirectionValue.Validate(input).ErrorCode);

    [Theory]
    [InlineData("VN", VehicleNationality.VN)]
    [InlineData(" cn ", VehicleNationality.CN)]
    public void Nationalities_parse(string input, VehicleNationality expected) => Assert.Equal(expected, NationalityValue.Validate(input).Value);

    [Theory]
    [InlineData("LA", ErrorCodes.NationalityInvalid)]
    [InlineData("VNM", ErrorCodes.NationalityInvalid)]
    [InlineData(null, ErrorCodes.Required)]
    public void Other_nationalities_fail(string? input, string expectedCode) => Assert.Equal(expectedCode, NationalityValue.Validate(input).ErrorCode);

    [Fact]
    public void Known_codes_are_compared_trimmed_and_upper_cased()
    {
        var gates = new HashSet<string>(["HUU_NGHI", "tan_thanh "]);

        Assert.Equal("HUU_NGHI", KnownCode.Validate(" huu_nghi ", gates, ErrorCodes.BorderGateUnknown).Value);
        Assert.Equal("TAN_THANH", KnownCode.Validate("TAN_THANH", gates, ErrorCodes.BorderGateUnknown).Value);
        Assert.Equal(ErrorCodes.BorderGateUnknown, KnownCode.Validate("LY_VAN_X", gates, ErrorCodes.BorderGateUnknown).ErrorCode);
        Assert.Equal(ErrorCodes.Required, KnownCode.Validate(" ", gates, ErrorCodes.BorderGateUnknown).ErrorCode);
    }
}
